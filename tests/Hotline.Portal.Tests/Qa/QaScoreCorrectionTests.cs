using System.Security.Claims;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;
using Hotline.Portal.Qa;
using Hotline.Portal.Tests.Components;
using Hotline.Qa.Hosting;
using Hotline.Qa.Transcription;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Qa;

/// <summary>A score correction is audited wherever it is made (the review page and POST /api/v1/qa/calls/{id}/corrections
/// both go through <see cref="QaScoreCorrection"/>) and sent to analytics as the call's corrected result; a refused one changes and audits nothing.</summary>
[Trait("Category", "Unit")]
public sealed class QaScoreCorrectionTests : QaPageTest
{
    private const string CallId = "call-qa-correction-api";

    private static readonly ClaimsPrincipal SignedIn =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, Inspector), new Claim(ClaimTypes.Role, PlatformRole.Inspector)], "test"));

    private QaScoreCorrection Corrections => Services.GetRequiredService<QaScoreCorrection>();

    [Fact]
    public async Task A_correction_is_stored_and_audited_with_the_item_the_old_and_new_score_and_the_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        var audit = await AuditAsync();
        await SeedCallAsync(CallId);
        Assert.Equal(CallId, (await Qa.Reviews.ClaimNextAsync(Inspector, ct))?.CallId);

        var review = await Corrections.CorrectAsync(SignedIn, CallId, "closing", 8, "转写漏识别结束语", ct);

        Assert.Equal(8, review.ItemScores["closing"]);
        var entry = Assert.Single(await audit.LatestAsync(10, ct));
        Assert.Equal((AuditAction.ScoreChange, CallId, Inspector), (entry.Action, entry.Target, entry.Actor));
        Assert.Equal("closing: 0 → 8; 转写漏识别结束语", entry.Detail);
    }

    [Fact]
    public async Task A_correction_sends_the_corrected_total_and_items_to_analytics_in_one_append()
    {
        var ct = TestContext.Current.CancellationToken;
        var outbox = new CapturedEvents();
        var folder = Directory.CreateTempSubdirectory("hotline-qa-correction-").FullName;
        try
        {
            using var qa = QaPipeline.Open(folder, new TranscriptionSettings(), new QaSettings(), outbox, TimeProvider.System);
            await QaCallSeed.SeedAsync(qa, folder, CallId, queued: false, ct);
            await qa.Reviews.ClaimNextAsync(Inspector, ct);
            var corrections = new QaScoreCorrection(qa, await AuditAsync(), Services.GetRequiredService<QaArchiveFeed>(), TimeProvider.System);

            await corrections.CorrectAsync(SignedIn, CallId, "closing", 8, "转写漏识别结束语", ct);

            var batch = Assert.Single(outbox.Batches);
            var total = Assert.Single(batch.OfType<QaScore>());
            Assert.Equal((CallId, "8001", 18.0, 20.0, Inspector), (total.CallId, total.AgentId, total.Score, total.MaxScore, total.ScoredBy));
            var items = batch.OfType<QaItemScore>().ToDictionary(i => i.ItemId);
            Assert.Equal((8.0, "Partial", Inspector), (items["closing"].Score, items["closing"].Status, items["closing"].ScoredBy));
            Assert.Equal((10.0, "Passed"), (items["greeting"].Score, items["greeting"].Status));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_refused_correction_changes_nothing_and_writes_no_audit_entry()
    {
        var ct = TestContext.Current.CancellationToken;
        var audit = await AuditAsync();
        await SeedCallAsync(CallId);

        // Nobody claimed the call, so nobody may correct it.
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Corrections.CorrectAsync(SignedIn, CallId, "closing", 8, "理由", ct));

        Assert.Empty(await audit.LatestAsync(10, ct));
        Assert.Equal(0, (await Qa.Reviews.GetAsync(CallId, ct))!.ItemScores["closing"]);
    }

    // Keeps each append as one batch, to check that the total never travels without its items.
    private sealed class CapturedEvents : IEventOutbox
    {
        public List<IReadOnlyCollection<IDomainEvent>> Batches { get; } = [];

        public Task AppendAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken = default)
        {
            Batches.Add([.. events]);
            return Task.CompletedTask;
        }
    }
}
