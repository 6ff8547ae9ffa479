namespace Hotline.Grains.Abstractions.People;

/// <summary>A plan with the state of each item on a given day.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.OnboardingProgress")]
public sealed record OnboardingProgress(
    [property: Id(0)] OnboardingPlan Plan,
    [property: Id(1)] IReadOnlyList<OnboardingItemProgress> Items)
{
    /// <summary>Whether every item is done.</summary>
    public bool Complete => Items.All(i => i.DoneAt is not null);
}
