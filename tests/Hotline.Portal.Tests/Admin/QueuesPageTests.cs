using System.Security.Claims;
using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The queues page: configurations listed in Chinese, an edit sent as the signed-in admin with unshown fields kept, and the
/// queue's refusal shown with its own reason.</summary>
[Trait("Category", "Unit")]
public sealed class QueuesPageTests : PortalComponentTest
{
    private readonly RecordingQueues queues = new();

    public QueuesPageTests()
    {
        Services.AddSingleton<IQueueAdministration>(queues);
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("admin", PlatformRole.Admin));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    [Fact]
    public void Lists_queues_with_skill_wait_and_overflow()
    {
        var page = Show<QueuesPage>();

        Assert.Contains("complaint (≥ 2)", page.Find("[data-testid='queue-skill-complaints']").TextContent, StringComparison.Ordinal);
        Assert.Contains("300 秒 → 转留言", page.Find("[data-testid='queue-maxwait-complaints']").TextContent, StringComparison.Ordinal);
        Assert.Contains("等待 60 秒后溢出到 enquiries", page.Find("[data-testid='queues-table']").TextContent, StringComparison.Ordinal);
        Assert.Contains("尚未配置", page.Find("[data-testid='queues-table']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_saved_as_the_admin_and_keeps_the_unshown_fields()
    {
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-edit-complaints']").Click();

        Field(page, "queue-form-maxwait").Change("120");
        await page.FindComponent<MudSelect<MaxWaitAction>>().InvokeAsync(() => page.FindComponent<MudSelect<MaxWaitAction>>().Instance.ValueChanged.InvokeAsync(MaxWaitAction.CallbackOffer));
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列“complaints”已保存", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        var (actor, saved) = Assert.Single(queues.Saves);
        Assert.Equal("admin", actor);
        Assert.Equal(RecordingQueues.Complaints with { MaxWait = TimeSpan.FromSeconds(120), MaxWaitAction = MaxWaitAction.CallbackOffer }, saved);
    }

    [Fact]
    public void The_queue_refusal_is_shown_with_its_reason()
    {
        queues.Refusal = new AdminOutcome(GrainQueueAdministration.RefusedKey, "queue 'complaints': minimum level 11 is outside 1–10");
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-edit-complaints']").Click();

        Field(page, "queue-form-level").Change("11");
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列拒绝了这项配置：queue 'complaints': minimum level 11 is outside 1–10", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(11, Assert.Single(queues.Saves).Configuration.MinimumLevel);
        // The form stays open with the refused value, so the admin can correct it.
        Assert.NotNull(page.Find("[data-testid='queue-form']"));
    }

    // MudBlazor puts the test id on the input itself or on its wrapper, depending on the component.
    private static AngleSharp.Dom.IElement Field(IRenderedComponent<QueuesPage> page, string testId) =>
        page.Find($"input[data-testid='{testId}'], [data-testid='{testId}'] input");

    private sealed class RecordingQueues : IQueueAdministration
    {
        public static QueueConfiguration Complaints { get; } = new()
        {
            Name = "complaints", Skill = "complaint", MinimumLevel = 2, OverflowQueue = "enquiries", RingTimeout = TimeSpan.FromSeconds(22),
        };

        public List<(string Actor, QueueConfiguration Configuration)> Saves { get; } = [];

        public AdminOutcome Refusal { get; set; } = AdminOutcome.Done;

        public Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<QueueSetting>>([new QueueSetting("complaints", Complaints), new QueueSetting("night", null)]);

        public Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken)
        {
            Saves.Add((actor.Identity?.Name ?? "", configuration));
            return Task.FromResult(Refusal);
        }
    }
}
