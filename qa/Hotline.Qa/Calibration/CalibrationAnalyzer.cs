namespace Hotline.Qa.Calibration;

/// <summary>Computes a calibration session's agreement: Cohen's (two inspectors) or Fleiss' (more) kappa on item pass/fail, weighted kappa on score bands.</summary>
public sealed class CalibrationAnalyzer(ScoreBands bands)
{
    /// <summary>The report for a session from its ratings; calls some inspector did not finish are listed, not counted.</summary>
    public CalibrationReport Analyze(CalibrationSession session, IReadOnlyCollection<CalibrationRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(ratings);
        if (session.Inspectors.Count < 2)
            throw new ArgumentException($"Calibration session {session.Id} has {session.Inspectors.Count} inspector(s); agreement needs two or more.", nameof(session));

        var byCall = ratings.Where(r => session.Inspectors.Contains(r.Inspector))
            .GroupBy(r => r.CallId)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Inspector).ToDictionary(i => i.Key, i => i.Last()));
        var items = ratings.SelectMany(r => r.ItemPassed.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var complete = new List<string>();
        var incomplete = new List<string>();
        foreach (var call in session.CallIds)
        {
            var done = byCall.TryGetValue(call, out var rated)
                && session.Inspectors.All(i => rated.TryGetValue(i, out var r) && items.All(r.ItemPassed.ContainsKey));
            (done ? complete : incomplete).Add(call);
        }

        if (complete.Count == 0)
            throw new InvalidOperationException($"Calibration session {session.Id}: no call has been scored by every inspector on every item yet.");

        IReadOnlyList<bool> Decisions(string call, string item) => [.. session.Inspectors.Select(i => byCall[call][i].ItemPassed[item])];

        var perItem = items
            .Select(item => Agreement(item, [.. complete.Select(call => Decisions(call, item))]))
            .OrderBy(a => a.Agreement.Kappa).ToList();
        var overall = Agreement("*", [.. complete.SelectMany(call => items.Select(item => Decisions(call, item)))]).Agreement;
        return new CalibrationReport(perItem, overall, BandAgreement(session.Inspectors, complete, byCall), incomplete);
    }

    private static ItemAgreement Agreement(string item, IReadOnlyList<IReadOnlyList<bool>> decisions) =>
        decisions[0].Count == 2
            ? new ItemAgreement(item, "cohen", CohensKappa.FromRatings([.. decisions.Select(d => d[0])], [.. decisions.Select(d => d[1])]))
            : new ItemAgreement(item, "fleiss", FleissKappa.FromRatings(decisions));

    private KappaResult BandAgreement(IReadOnlyList<string> inspectors, List<string> calls, Dictionary<string, Dictionary<string, CalibrationRating>> byCall)
    {
        // Weighted kappa is a two-rater statistic; for a panel the pairwise mean is the usual summary (Light's approach).
        var pairs = new List<KappaResult>();
        for (var a = 0; a < inspectors.Count; a++)
        {
            for (var b = a + 1; b < inspectors.Count; b++)
            {
                var first = calls.Select(c => bands.BandOf(byCall[c][inspectors[a]].Score)).ToList();
                var second = calls.Select(c => bands.BandOf(byCall[c][inspectors[b]].Score)).ToList();
                pairs.Add(WeightedKappa.FromRatings(first, second, bands.Count, KappaWeighting.Quadratic));
            }
        }

        return new KappaResult(pairs.Average(p => p.Kappa), pairs.Average(p => p.Observed), pairs.Average(p => p.Expected), calls.Count);
    }
}
