namespace Hotline.Grains.Abstractions.People;

/// <summary>Leave (年假, 病假 …) from one instant to another; planned work inside it is not scheduled.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.LeavePeriod")]
public sealed record LeavePeriod(
    [property: Id(0)] string Agent,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] string Kind);
