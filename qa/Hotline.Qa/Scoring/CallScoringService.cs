using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;

namespace Hotline.Qa.Scoring;

/// <summary>Scores a transcribed call end to end: rules on the current scorecard, the quality model, the analytics events (total and items), the features kept for training, and the sampling into the review queue.</summary>
public sealed class CallScoringService(
    ScorecardCatalog catalog,
    string scorecardId,
    ActiveQualityModel model,
    ScoreStore scores,
    IEventOutbox outbox,
    ReviewWorkflow review,
    TimeProvider clock)
{
    /// <summary>Scores one call; scoring it again replaces its stored result (its analytics event is sent again with a new id).</summary>
    public async Task<ScoredCall> ScoreAsync(ScoringRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = catalog.Latest(scorecardId);
        var context = ScoringContext.From(request.Transcript, request.Holds, request.Ticket, request.HasText);
        var score = ScorecardScorer.Score(card, context);
        var tenure = request.AgentStartedOn is { } started ? Math.Max(0, DateOnly.FromDateTime(request.ArrivedAt.Date).DayNumber - started.DayNumber) : 365;
        var features = ModelInput.From(score, context, request.Queue, request.ArrivedAt, tenure);
        // The model learnt from transcribed calls; unscored text items would read to it as failures.
        var prediction = request.HasText ? model.Current?.Predict(features) : null;

        await scores.SaveAsync(new StoredScore(score, features, prediction), cancellationToken);
        // One append, so analytics never sees a total without its items (or items without their total).
        var scoredAt = clock.GetUtcNow();
        await outbox.AppendAsync([score.ToEvent(request.AgentId, request.ArrivedAt, scoredAt), .. score.ToItemEvents(request.AgentId, request.ArrivedAt, scoredAt)], cancellationToken);
        var candidate = new ReviewCandidate(score.CallId, request.AgentId, request.ArrivedAt, score.Percent,
            prediction?.NeedsReview ?? false, request.IsComplaint, request.AgentStartedOn);
        var scored = score.Items.Where(i => i.Status != ItemStatus.NotScored).ToList();
        var queued = await review.OfferAsync(candidate,
            scored.ToDictionary(i => i.ItemId, i => i.Score, StringComparer.Ordinal),
            scored.ToDictionary(i => i.ItemId, i => i.Points, StringComparer.Ordinal), cancellationToken);
        return new ScoredCall(score, features, prediction, queued);
    }
}
