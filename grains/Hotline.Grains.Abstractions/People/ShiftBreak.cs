namespace Hotline.Grains.Abstractions.People;

/// <summary>A break inside a shift: minutes after the shift starts, and its length in minutes.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ShiftBreak")]
public sealed record ShiftBreak(
    [property: Id(0)] int StartMinute,
    [property: Id(1)] int Minutes);
