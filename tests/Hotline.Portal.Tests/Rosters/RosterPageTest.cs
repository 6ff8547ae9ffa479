using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Rosters;
using Hotline.Portal.Api;
using Hotline.Portal.People;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Rosters;

/// <summary>The set-up of the roster page tests: the real roster book over the people tables in a SQLite file of its own, agents 8001 and 8002,
/// a fixed clock (Saturday 2026-11-28 10:00 in Beijing, so the week starts on Monday 2026-11-23) and a signed-in user.</summary>
public abstract class RosterPageTest : PortalComponentTest
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    internal static readonly DateOnly Monday = new(2026, 11, 23);

    internal static readonly PeopleActor Supervisor = new("supervisor", [PlatformRole.Supervisor]);

    internal static readonly ShiftTemplate Early = new()
    {
        Id = "early", Name = "早班", Start = new TimeOnly(8, 0), Minutes = 480, Breaks = [new ShiftBreak(120, 15), new ShiftBreak(240, 60)],
    };

    private readonly string folder = Directory.CreateTempSubdirectory("hotline-roster-pages-").FullName;

    protected RosterPageTest(string user = "supervisor", string role = PlatformRole.Supervisor)
    {
        var clock = new FixedClock(Now);
        Services.AddDbContextFactory<PeopleDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "people.db")}"));
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<IOptions<RosterOptions>>(Options.Create(new RosterOptions()));
        Services.AddSingleton<IRosterBook, RosterBook>();
        Services.AddSingleton(new PeopleCalendar(clock, Options.Create(new RosterOptions())));
        Services.AddSingleton<IReviewStaff>(new FixedStaff());
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(user, role));
        Services.AddCascadingAuthenticationState();
    }

    internal static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    internal IRosterBook Book => Services.GetRequiredService<IRosterBook>();

    /// <summary>Creates the people tables and, unless told not to, the early shift template; call before the first render.</summary>
    internal async Task CreateTablesAsync(bool withEarlyShift = true)
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync(Token))
            await db.Database.EnsureCreatedAsync(Token);
        if (withEarlyShift)
            await Book.SaveTemplateAsync(Supervisor, Early, Token);
    }

    /// <summary>The start of a local day in Beijing.</summary>
    internal static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class FixedStaff : IReviewStaff
    {
        public Task<IReadOnlyList<string>> InRoleAsync(string role, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(role == PlatformRole.Agent ? ["8001", "8002"] : []);
    }
}
