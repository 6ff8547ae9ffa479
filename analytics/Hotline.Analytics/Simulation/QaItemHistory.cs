using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Simulation;

/// <summary>Splits a generated QA total into the built-in scorecard's item results, so item pass rates have history behind them.</summary>
/// <remarks>
/// The points a call lost (100 − its total) are taken from applicable items in tenths of a point, weaker items more often, either the
/// whole item (failed) or part of it (partial); the item scores therefore add up to the total exactly. The weights give the
/// reports a realistic spread: disclosures, identity checks and empathy are missed more than the greeting.
/// </remarks>
public static class QaItemHistory
{
    /// <summary>The built-in card's items (qa/Hotline.Qa/Scoring/Scorecards/standard.v1.json): id, name, full marks, how often points are lost there, how often it does not apply.</summary>
    public static readonly (string Id, string Name, int Points, double Weakness, double NotApplicable)[] Items =
    [
        ("greeting", "标准开场白", 10, 1, 0), ("identity", "身份核实", 10, 3, 0), ("disclosures", "必要告知", 10, 4, 0),
        ("forbidden-words", "禁语", 20, 1.5, 0), ("impolite", "不文明用语", 10, 0.5, 0), ("empathy", "安抚与共情", 10, 3, 0.6),
        ("dead-air", "静默控制", 5, 2, 0), ("talk-over", "抢话", 5, 2, 0), ("hold", "保持时长", 5, 1, 0.8),
        ("closing", "标准结束语", 5, 2.5, 0), ("ticket", "工单完整性", 10, 3, 0),
    ];

    /// <summary>The scorecard the items belong to.</summary>
    public const string ScorecardId = "standard";

    /// <summary>One event per item of <paramref name="total"/> (whose maximum must be the card's 100 points), drawn from <paramref name="random"/>.</summary>
    public static IReadOnlyList<QaItemScore> Split(QaScore total, Random random, Func<Guid> nextId)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(nextId);
        var applicable = Items.Select(i => random.NextDouble() >= i.NotApplicable).ToArray();
        var lost = new int[Items.Length];
        var toLose = (int)Math.Round((total.MaxScore - total.Score) * 10);
        while (toLose > 0)
        {
            var candidates = Enumerable.Range(0, Items.Length).Where(i => applicable[i] && lost[i] < Items[i].Points * 10).ToList();
            if (candidates.Count == 0)
                throw new InvalidOperationException($"QA total {total.Score} of call {total.CallId} loses more points than its applicable items hold.");
            var item = Pick(random, candidates);
            var room = (Items[item].Points * 10) - lost[item];
            var take = random.NextDouble() < 0.6 ? room : 1 + random.Next(room);
            take = Math.Min(take, toLose);
            lost[item] += take;
            toLose -= take;
        }

        return [.. Items.Select((item, i) => new QaItemScore
        {
            EventId = nextId(), CallId = total.CallId, AgentId = total.AgentId, ScorecardId = ScorecardId, ScorecardVersion = 1,
            ItemId = item.Id, ItemName = item.Name, Points = item.Points, Score = ((item.Points * 10) - lost[i]) / 10.0,
            Status = !applicable[i] ? "NotApplicable" : lost[i] == 0 ? "Passed" : lost[i] == item.Points * 10 ? "Failed" : "Partial",
            ScoredBy = total.ScoredBy, ScoredAt = total.ScoredAt, CallArrivedAt = total.CallArrivedAt,
        })];
    }

    private static int Pick(Random random, List<int> candidates)
    {
        var draw = random.NextDouble() * candidates.Sum(i => Items[i].Weakness);
        foreach (var i in candidates)
        {
            draw -= Items[i].Weakness;
            if (draw < 0)
                return i;
        }

        return candidates[^1];
    }
}
