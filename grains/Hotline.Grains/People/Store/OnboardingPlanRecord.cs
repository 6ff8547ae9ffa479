namespace Hotline.Grains.People.Store;

/// <summary>A row of the onboarding plans table: one plan per employee, as JSON.</summary>
public sealed class OnboardingPlanRecord
{
    public required string Employee { get; set; }
    public required string Role { get; set; }
    public required string Document { get; set; }
}
