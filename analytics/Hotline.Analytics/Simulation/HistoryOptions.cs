namespace Hotline.Analytics.Simulation;

/// <summary>What the history generator produces: how far back, how busy, how fast it grows, and the incident it injects.</summary>
public sealed class HistoryOptions
{
    /// <summary>Years of history ending at <see cref="End"/>.</summary>
    public int Years { get; set; } = 3;

    /// <summary>The day after the last generated day (default: today, local).</summary>
    public DateOnly? End { get; set; }

    /// <summary>The random seed: the same seed and options give the same history.</summary>
    public int Seed { get; set; } = 12328;

    /// <summary>Agents answering the calls (numbered from 8001); the demo has 40.</summary>
    public int Agents { get; set; } = 40;

    /// <summary>Inbound calls on an ordinary Thursday at the end of the history, before seasonal effects.</summary>
    public int CallsPerDay { get; set; } = 2_000;

    /// <summary>Yearly growth of demand (0.12 = +12 % a year).</summary>
    public double AnnualGrowth { get; set; } = 0.12;

    /// <summary>Days before <see cref="End"/> on which the injected taxi-company complaint spike starts; null for none.</summary>
    public int? IncidentDaysBeforeEnd { get; set; } = 45;

    /// <summary>Queue snapshots every five minutes over this many final days (for the live KPI views).</summary>
    public int SnapshotDays { get; set; } = 2;

    /// <summary>The first generated day and the day after the last.</summary>
    public (DateOnly From, DateOnly To) Range(DateOnly today)
    {
        var to = End ?? today;
        return (to.AddYears(-Years), to);
    }
}
