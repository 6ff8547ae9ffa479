namespace Hotline.Grains.Abstractions.People;

/// <summary>A new hire's onboarding plan: start date, role and the courses and exams due.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.OnboardingPlan")]
public sealed record OnboardingPlan
{
    [Id(0)] public required string Employee { get; init; }
    /// <summary>The role the employee is hired into (a <see cref="PlatformRole"/> name); reviews use its KPI scheme.</summary>
    [Id(1)] public required string Role { get; init; }
    [Id(2)] public required DateOnly StartDate { get; init; }
    [Id(3)] public required IReadOnlyList<OnboardingItem> Items { get; init; }
}
