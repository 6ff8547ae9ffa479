namespace Hotline.Grains.Abstractions.People;

/// <summary>A shift pattern (早班, 晚班 …): local start time, length and breaks; a shift may run past midnight.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ShiftTemplate")]
public sealed record ShiftTemplate
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    /// <summary>Local start time (the roster's UTC offset, Asia/Shanghai by default).</summary>
    [Id(2)] public required TimeOnly Start { get; init; }
    [Id(3)] public required int Minutes { get; init; }
    [Id(4)] public IReadOnlyList<ShiftBreak> Breaks { get; init; } = [];
}
