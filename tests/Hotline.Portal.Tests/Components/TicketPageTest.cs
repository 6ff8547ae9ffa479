using Bunit;
using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Portal.Tests.Components;

/// <summary>The set-up the ticket page tests share: in-memory queries and tickets, a fixed clock, a signed-in user and a dialog provider for the action dialogs.</summary>
public abstract class TicketPageTest : PortalComponentTest
{
    /// <summary>The pages' "now": 2026-11-28 10:00 in Beijing.</summary>
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private IRenderedComponent<MudDialogProvider>? dialogs;

    protected TicketPageTest()
    {
        Queries = new TicketPageQueries(Now);
        Services.AddSingleton<ITicketQueries>(Queries);
        Services.AddSingleton<IGrainFactory>(Grains);
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Services.AddSingleton<AuthenticationStateProvider>(User);
        Services.AddCascadingAuthenticationState();
    }

    internal TicketPageQueries Queries { get; }

    internal TicketPageGrainFactory Grains { get; } = new();

    internal TicketPageUser User { get; } = new();

    /// <summary>Where the action dialogs render.</summary>
    internal IRenderedComponent<MudDialogProvider> Dialogs => dialogs ?? throw new InvalidOperationException("Render a page with ShowPage first.");

    /// <summary>The messages the snackbar has shown.</summary>
    internal IReadOnlyList<string> SnackbarMessages => [.. Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];

    /// <summary>Renders the dialog provider (once), then the page.</summary>
    internal IRenderedComponent<T> ShowPage<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        var page = Show(parameters);
        dialogs ??= Render<MudDialogProvider>();
        return page;
    }

    internal static TicketSummary Summary(string number, TicketState state, DateTimeOffset deadline, string? unit = null) => new()
    {
        Number = number, Type = TicketType.Complaint, CategoryCode = "urban.taxi", Channel = TicketChannel.Phone, State = state,
        CitizenPhone = "13800138000", UnitId = unit, Deadline = deadline, CreatedAt = Now.AddDays(-3), UpdatedAt = Now.AddDays(-1),
        Excerpt = "出租车司机拒载",
    };

    internal static TicketSnapshot Snapshot(string number, TicketState state, TicketType type = TicketType.Complaint, string? unit = null) => new()
    {
        Number = number, Type = type, CategoryCode = "urban.taxi", Channel = TicketChannel.Phone, State = state, CitizenName = "张先生",
        CitizenPhone = "13800138000", Subject = new TicketSubject("某出租汽车公司", "粤B12345", null, "火车站", null),
        Description = "出租车司机拒载，车牌号粤B12345", Deadline = Now.AddHours(30), UnitId = unit, CreatedAt = Now.AddDays(-1), UpdatedAt = Now,
        CallId = "call-42",
    };
}
