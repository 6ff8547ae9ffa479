namespace Hotline.Grains.Abstractions.People;

/// <summary>One course or exam of an onboarding plan with its due date.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.OnboardingItem")]
public sealed record OnboardingItem(
    [property: Id(0)] OnboardingItemKind Kind,
    [property: Id(1)] string ReferenceId,
    [property: Id(2)] DateOnly Due);
