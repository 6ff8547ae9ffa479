using System.Globalization;
using System.Security.Claims;
using Hotline.Portal.Identity;
using Hotline.Qa.Hosting;
using Hotline.Qa.Review;

namespace Hotline.Portal.Qa;

/// <summary>An inspector's change of one item's score, recorded in the audit log as a score change whether it was made
/// on the review page or through the API, sent to analytics as the call's corrected result, and kept in the agent's archive once the review is finished.</summary>
public sealed class QaScoreCorrection(QaPipeline qa, AuditLog audit, QaArchiveFeed archive, TimeProvider clock)
{
    /// <summary>Corrects <paramref name="itemId"/> of <paramref name="callId"/> to <paramref name="score"/> and audits the
    /// change (item, previous → corrected, reason); a refused correction changes and audits nothing.</summary>
    public async Task<CallReview> CorrectAsync(ClaimsPrincipal principal, string callId, string itemId, double score, string comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var review = await qa.Reviews.CorrectAsync(callId, QaUser.NameOf(principal), itemId, score, comment, cancellationToken);
        var change = review.Corrections[^1];
        // The correction is stored; the audit entry must not be lost to a closed page or an aborted request.
        await audit.RecordAsync(principal, AuditAction.ScoreChange, callId,
            string.Create(CultureInfo.InvariantCulture, $"{change.ItemId}: {change.Previous} → {change.Corrected}; {change.Comment}"), CancellationToken.None);
        // Analytics takes the latest result per call, so the corrected total and items replace the automatic ones in every QA figure.
        if (qa.Outbox is { } outbox && await qa.Scores.GetAsync(callId, CancellationToken.None) is { } stored)
        {
            var corrected = ReviewedScore.Apply(stored.Score, review);
            var at = clock.GetUtcNow();
            await outbox.AppendAsync([corrected.ToEvent(review.AgentId, review.ArrivedAt, at, change.By), .. corrected.ToItemEvents(review.AgentId, review.ArrivedAt, at, change.By)],
                CancellationToken.None);
        }

        // A correction on appeal changes a result the agent's archive already holds.
        await archive.TryRecordAsync(review, CancellationToken.None);
        return review;
    }
}
