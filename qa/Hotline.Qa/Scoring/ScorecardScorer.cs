namespace Hotline.Qa.Scoring;

/// <summary>Scores a call on a scorecard: each item's rule, its points and evidence.</summary>
public static class ScorecardScorer
{
    /// <summary>The call's score on <paramref name="card"/>.</summary>
    public static CallScore Score(Scorecard card, ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(context);
        var items = card.Items.Select(item =>
        {
            if (!context.HasText && item.Rule.ReadsText)
                return new ItemScore(item.Id, item.Name, item.Points, 0, ItemStatus.NotScored, [], ScoringText.NotTranscribed);
            var outcome = item.Rule.Evaluate(context);
            var fraction = Math.Clamp(outcome.Fraction, 0, 1);
            var status = outcome.NotApplicable ? ItemStatus.NotApplicable
                : fraction >= 1 ? ItemStatus.Passed
                : fraction <= 0 ? ItemStatus.Failed
                : ItemStatus.Partial;
            return new ItemScore(item.Id, item.Name, item.Points, Math.Round(item.Points * fraction, 2), status, outcome.Evidence, outcome.Note);
        }).ToList();
        return new CallScore(context.Transcript.CallId, card.Id, card.Version, items);
    }
}
