namespace Hotline.Grains.Abstractions.People;

/// <summary>One KPI of a role's scheme: its weight (the weights of a scheme sum to 1), target, direction and the attainment cap.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.KpiDefinition")]
public sealed record KpiDefinition
{
    [Id(0)] public required KpiKind Kind { get; init; }
    [Id(1)] public required double Weight { get; init; }
    [Id(2)] public required double Target { get; init; }
    /// <summary>True for handle time: attainment is target ÷ actual.</summary>
    [Id(3)] public bool LowerIsBetter { get; init; }
    /// <summary>The highest attainment counted, in percent (e.g. 120: beating the target helps up to 20 %).</summary>
    [Id(4)] public double CapPercent { get; init; } = 100;
}
