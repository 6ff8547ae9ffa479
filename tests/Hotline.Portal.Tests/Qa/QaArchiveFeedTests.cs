using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Qa;
using Hotline.Portal.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Qa;

/// <summary>Finished QA reviews reach the agent's employee archive (the real archive on SQLite): caught up after the fact, never
/// for a review still open, and updated when an appeal changes the score.</summary>
[Trait("Category", "Unit")]
public sealed class QaArchiveFeedTests : QaPageTest
{
    private const string Finished = "call-qa-archive-finished";
    private const string Open = "call-qa-archive-open";

    private QaArchiveFeed Feed => Services.GetRequiredService<QaArchiveFeed>();

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    private static async Task<ArchiveEntry?> EntryAsync(IEmployeeArchive archive, string callId) =>
        (await archive.GetTimelineAsync(PeopleActor.System, "8001", TestContext.Current.CancellationToken)).SingleOrDefault(e => e.Reference == callId);

    [Fact]
    public async Task Catching_up_records_finished_reviews_only_with_the_score_after_corrections()
    {
        var ct = TestContext.Current.CancellationToken;
        var archive = await ArchiveAsync();
        await SeedCallAsync(Finished);
        await SeedCallAsync(Open);
        var claimed = await Qa.Reviews.ClaimNextAsync(Inspector, ct);
        await Qa.Reviews.CorrectAsync(claimed!.CallId, Inspector, "closing", 5, "说了一半结束语", ct);
        await Qa.Reviews.CompleteAsync(claimed.CallId, Inspector, "整体规范", ct);

        Assert.Equal(1, await Feed.CatchUpAsync(ct));

        var entry = await EntryAsync(archive, claimed.CallId);
        Assert.NotNull(entry);
        Assert.Equal((ArchiveEntryKind.Qa, 75.0, "整体规范"), (entry.Kind, entry.Score, entry.Detail));
        var other = claimed.CallId == Finished ? Open : Finished;
        Assert.Null(await EntryAsync(archive, other));
        // A second pass changes nothing: one entry per call.
        Assert.Equal(1, await Feed.CatchUpAsync(ct));
        Assert.Single(await archive.GetTimelineAsync(PeopleActor.System, "8001", ct), e => e.Reference == claimed.CallId);
    }

    [Fact]
    public async Task A_correction_on_appeal_updates_the_archived_score()
    {
        var ct = TestContext.Current.CancellationToken;
        var archive = await ArchiveAsync();
        await AuditAsync();
        await SeedCallAsync(Finished);
        await Qa.Reviews.ClaimNextAsync(Inspector, ct);
        await Qa.Reviews.CompleteAsync(Finished, Inspector, null, ct);
        await Feed.CatchUpAsync(ct);
        Assert.Equal(50.0, (await EntryAsync(archive, Finished))!.Score);

        await Qa.Reviews.AppealAsync(Finished, "8001", "结束语其实说了", ct);
        await Services.GetRequiredService<QaScoreCorrection>().CorrectAsync(User("qalead", PlatformRole.QaLead), Finished, "closing", 10, "复听确认已说结束语", ct);

        Assert.Equal(100.0, (await EntryAsync(archive, Finished))!.Score);
    }
}
