using Hotline.Grains.Abstractions.Events;

namespace Hotline.Qa.Scoring;

/// <summary>A call's automatic score on one scorecard version.</summary>
/// <param name="CallId">The call.</param>
/// <param name="ScorecardId">The card.</param>
/// <param name="ScorecardVersion">The card's version.</param>
/// <param name="Items">Per item, in card order.</param>
public sealed record CallScore(string CallId, string ScorecardId, int ScorecardVersion, IReadOnlyList<ItemScore> Items)
{
    /// <summary>The scorer named on events of the rules and model, before any inspector.</summary>
    public const string Automatic = "auto";

    /// <summary>Points given.</summary>
    public double Total => Items.Sum(i => i.Score);

    /// <summary>Full marks of the items that were scored.</summary>
    public double MaxTotal => Items.Where(i => i.Status != ItemStatus.NotScored).Sum(i => i.Points);

    /// <summary>The total on a 0–100 scale (what sampling and the review queue compare).</summary>
    public double Percent => MaxTotal > 0 ? Total / MaxTotal * 100 : 0;

    /// <summary>The analytics event for this score (the card is named id@version); <paramref name="scoredBy"/> is "auto" or the inspector who corrected it.</summary>
    public QaScore ToEvent(string agentId, DateTimeOffset callArrivedAt, DateTimeOffset scoredAt, string scoredBy = Automatic) => new()
    {
        EventId = Guid.NewGuid(),
        CallId = CallId,
        AgentId = agentId,
        Scorecard = $"{ScorecardId}@{ScorecardVersion}",
        Score = Total,
        MaxScore = MaxTotal,
        ScoredBy = scoredBy,
        ScoredAt = scoredAt,
        CallArrivedAt = callArrivedAt,
    };

    /// <summary>The analytics events for the items, one per item in card order, sent with <see cref="ToEvent"/>.</summary>
    public IReadOnlyList<QaItemScore> ToItemEvents(string agentId, DateTimeOffset callArrivedAt, DateTimeOffset scoredAt, string scoredBy = Automatic) =>
    [
        .. Items.Select(item => new QaItemScore
        {
            EventId = Guid.NewGuid(),
            CallId = CallId,
            AgentId = agentId,
            ScorecardId = ScorecardId,
            ScorecardVersion = ScorecardVersion,
            ItemId = item.ItemId,
            ItemName = item.Name,
            Points = item.Points,
            Score = item.Score,
            Status = item.Status.ToString(),
            ScoredBy = scoredBy,
            ScoredAt = scoredAt,
            CallArrivedAt = callArrivedAt,
        }),
    ];
}
