namespace Hotline.Grains.Abstractions.People;

/// <summary>An agent planned on a template's shift on a local date.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.RosterShift")]
public sealed record RosterShift(
    [property: Id(0)] string Agent,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string TemplateId);
