using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;
using Hotline.Portal.Qa;
using Hotline.Portal.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Qa;

/// <summary>A score correction is audited wherever it is made (the review page and POST /api/v1/qa/calls/{id}/corrections
/// both go through <see cref="QaScoreCorrection"/>); a refused one changes and audits nothing.</summary>
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
}
