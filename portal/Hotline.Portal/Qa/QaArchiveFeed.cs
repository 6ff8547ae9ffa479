using Hotline.Grains.Abstractions.People;
using Hotline.Qa.Hosting;
using Hotline.Qa.Review;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Qa;

/// <summary>
/// Puts every reviewed call's result (the score after corrections, the inspector's remark) into the agent's employee
/// archive, next to training, exams and performance reviews. A record per call replaces the last one, so a later
/// correction or appeal decision updates it.
/// </summary>
public sealed partial class QaArchiveFeed(QaPipeline qa, IEmployeeArchive archive, ILogger<QaArchiveFeed> logger)
{
    /// <summary>Whether <paramref name="review"/> has a result worth keeping: an inspector finished it.</summary>
    public static bool IsFinished(CallReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Status is ReviewStatus.Reviewed or ReviewStatus.Acknowledged or ReviewStatus.Appealed or ReviewStatus.AppealDecided;
    }

    /// <summary>Records <paramref name="review"/> in its agent's archive when it is finished; does nothing otherwise.</summary>
    public async Task RecordAsync(CallReview review, CancellationToken cancellationToken)
    {
        if (!IsFinished(review))
            return;
        await archive.RecordQaAsync(PeopleActor.System, review.AgentId, review.CallId, review.ReviewedAt ?? review.ArrivedAt,
            Math.Round(review.FinalScore, 1), review.Summary ?? "", cancellationToken);
    }

    /// <summary>As <see cref="RecordAsync"/> right after a review changed; a failure is logged, not thrown: the change itself is
    /// stored, and <see cref="QaArchiveSync"/> records it at its next pass.</summary>
    public async Task TryRecordAsync(CallReview review, CancellationToken cancellationToken)
    {
        try
        {
            await RecordAsync(review, cancellationToken);
        }
#pragma warning disable CA1031 // See the summary: the periodic pass repairs it.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogNotRecorded(failure, review.CallId, review.AgentId);
        }
    }

    /// <summary>Records every finished review (after a restart, or a failed write at completion); returns how many.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var review in await qa.Reviews.AllAsync(cancellationToken))
        {
            if (!IsFinished(review))
                continue;
            await RecordAsync(review, cancellationToken);
            recorded++;
        }

        return recorded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The QA result of call {CallId} could not be put into agent {Agent}'s archive now; the periodic pass retries.")]
    private partial void LogNotRecorded(Exception failure, string callId, string agent);
}
