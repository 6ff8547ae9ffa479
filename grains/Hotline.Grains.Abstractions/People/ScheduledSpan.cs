namespace Hotline.Grains.Abstractions.People;

/// <summary>A span of an agent's expanded schedule.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ScheduledSpan")]
public sealed record ScheduledSpan(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] ScheduledSpanKind Kind,
    [property: Id(3)] string ShiftTemplateId);
