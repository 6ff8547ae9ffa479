namespace Hotline.Grains.Abstractions.People;

/// <summary>A figure the host gathered for a review: the value, where it came from (e.g. analytics.agent_kpis), the period it covers and how it was made up.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.KpiFigure")]
public sealed record KpiFigure
{
    [Id(0)] public required KpiKind Kind { get; init; }
    [Id(1)] public required double Value { get; init; }
    [Id(2)] public required string Source { get; init; }
    [Id(3)] public required DateOnly From { get; init; }
    /// <summary>The last day covered (inclusive).</summary>
    [Id(4)] public required DateOnly To { get; init; }
    /// <summary>The counts behind the value, e.g. "412 份问卷，371 份满意".</summary>
    [Id(5)] public string Detail { get; init; } = "";
}
