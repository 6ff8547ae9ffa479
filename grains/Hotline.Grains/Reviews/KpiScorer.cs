using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Reviews;

/// <summary>Scores figures against a KPI scheme: attainment of each target (actual ÷ target, or target ÷ actual where lower is better) capped, times the weight.</summary>
public static class KpiScorer
{
    /// <summary>One score per KPI of the scheme, in the scheme's order; a KPI with no figure scores 0 with no evidence.</summary>
    public static IReadOnlyList<KpiScore> Score(KpiScheme scheme, IReadOnlyList<KpiFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(figures);
        var duplicate = figures.GroupBy(f => f.Kind).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new PeopleValidationException($"The figures hold {duplicate.Count()} values for KPI {duplicate.Key}; give one per KPI.");
        var bad = figures.FirstOrDefault(f => !double.IsFinite(f.Value) || f.Value < 0);
        if (bad is not null)
            throw new PeopleValidationException($"The figure for KPI {bad.Kind} is {bad.Value}; it must be a finite value of at least 0.");
        return scheme.Kpis.Select(kpi =>
        {
            var figure = figures.FirstOrDefault(f => f.Kind == kpi.Kind);
            var attainment = figure is null ? 0 : Attainment(kpi, figure.Value);
            return new KpiScore
            {
                Definition = kpi, Actual = figure?.Value, AttainmentPercent = attainment, WeightedPoints = attainment * kpi.Weight, Evidence = figure,
            };
        }).ToList();
    }

    /// <summary>The weighted total of <paramref name="scores"/>.</summary>
    public static double Total(IReadOnlyList<KpiScore> scores) => scores.Sum(s => s.WeightedPoints);

    /// <summary>Percent of the target reached, between 0 and the cap; lower-is-better KPIs at 0 (no calls, no time) reach nothing.</summary>
    public static double Attainment(KpiDefinition kpi, double actual)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        double raw;
        if (kpi.LowerIsBetter)
            raw = actual <= 0 ? 0 : kpi.Target / actual * 100;
        else
            raw = actual / kpi.Target * 100;
        return Math.Clamp(raw, 0, kpi.CapPercent);
    }
}
