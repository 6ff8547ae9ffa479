using System.Globalization;
using System.Security.Claims;
using Hotline.Portal.Identity;
using Hotline.Qa.Hosting;
using Hotline.Qa.Review;

namespace Hotline.Portal.Qa;

/// <summary>An inspector's change of one item's score, recorded in the audit log as a score change whether it was made
/// on the review page or through the API (and in the agent's archive once the review is finished).</summary>
public sealed class QaScoreCorrection(QaPipeline qa, AuditLog audit, QaArchiveFeed archive)
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
        // A correction on appeal changes a result the agent's archive already holds.
        await archive.TryRecordAsync(review, CancellationToken.None);
        return review;
    }
}
