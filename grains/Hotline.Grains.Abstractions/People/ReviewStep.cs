namespace Hotline.Grains.Abstractions.People;

/// <summary>One step of a review's workflow: which, who, when, and the comment.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ReviewStep")]
public sealed record ReviewStep(
    [property: Id(0)] string Action,
    [property: Id(1)] string Actor,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ReviewState State,
    [property: Id(4)] string? Note);
