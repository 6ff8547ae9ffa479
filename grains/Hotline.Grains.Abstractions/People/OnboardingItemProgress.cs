namespace Hotline.Grains.Abstractions.People;

/// <summary>An onboarding item and whether it is done (course completed, exam passed) and when, or overdue.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.OnboardingItemProgress")]
public sealed record OnboardingItemProgress(
    [property: Id(0)] OnboardingItem Item,
    [property: Id(1)] DateTimeOffset? DoneAt,
    [property: Id(2)] bool Overdue);
