namespace Hotline.Grains.Abstractions.People;

/// <summary>One KPI of a review: target, actual, capped attainment (percent), the weighted points and the evidence figure; a KPI without a figure scores 0 and says so.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.KpiScore")]
public sealed record KpiScore
{
    [Id(0)] public required KpiDefinition Definition { get; init; }
    [Id(1)] public double? Actual { get; init; }
    /// <summary>Attainment of the target in percent, capped at the definition's cap.</summary>
    [Id(2)] public required double AttainmentPercent { get; init; }
    /// <summary>Attainment × weight: this KPI's share of the total.</summary>
    [Id(3)] public required double WeightedPoints { get; init; }
    [Id(4)] public KpiFigure? Evidence { get; init; }
}
