using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Reviews;

/// <summary>Checks a KPI scheme before it is stored: a role, KPIs each once, positive targets, caps of at least 100 %, weights summing to 1.</summary>
public static class KpiSchemeValidator
{
    private const double WeightTolerance = 1e-6;

    /// <summary>Throws <see cref="PeopleValidationException"/> naming the first problem.</summary>
    public static void Validate(KpiScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (string.IsNullOrWhiteSpace(scheme.Role))
            throw new PeopleValidationException("The scheme's role is empty.");
        if (scheme.Kpis.Count == 0)
            throw new PeopleValidationException($"The scheme of role '{scheme.Role}' has no KPIs.");
        foreach (var kpi in scheme.Kpis)
        {
            if (!Enum.IsDefined(kpi.Kind))
                throw new PeopleValidationException($"The scheme of role '{scheme.Role}' names an unknown KPI {(int)kpi.Kind}.");
            if (scheme.Kpis.Count(k => k.Kind == kpi.Kind) > 1)
                throw new PeopleValidationException($"The scheme of role '{scheme.Role}' lists KPI {kpi.Kind} more than once.");
            if (!double.IsFinite(kpi.Target) || kpi.Target <= 0)
                throw new PeopleValidationException($"KPI {kpi.Kind} of role '{scheme.Role}' has target {kpi.Target}; it must be above 0.");
            if (!double.IsFinite(kpi.Weight) || kpi.Weight < 0)
                throw new PeopleValidationException($"KPI {kpi.Kind} of role '{scheme.Role}' has weight {kpi.Weight}; it must be at least 0.");
            if (!double.IsFinite(kpi.CapPercent) || kpi.CapPercent < 100)
                throw new PeopleValidationException($"KPI {kpi.Kind} of role '{scheme.Role}' has cap {kpi.CapPercent} %; it must be at least 100.");
        }

        var sum = scheme.Kpis.Sum(k => k.Weight);
        if (Math.Abs(sum - 1) > WeightTolerance)
            throw new PeopleValidationException($"The weights of role '{scheme.Role}' sum to {sum}; they must sum to 1.");
    }
}
