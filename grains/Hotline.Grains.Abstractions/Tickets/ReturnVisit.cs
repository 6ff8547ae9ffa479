namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>回访: the result of visiting the citizen back; <see cref="Satisfaction"/> is 1 (very unsatisfied) to 5 (very satisfied).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.ReturnVisit")]
public sealed record ReturnVisit(
    [property: Id(0)] VisitMethod Method,
    [property: Id(1)] int Satisfaction,
    [property: Id(2)] string? Comment,
    [property: Id(3)] string? CallId);
