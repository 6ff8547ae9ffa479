namespace Hotline.Grains.Abstractions.People;

/// <summary>Where a performance review stands: draft (by the system) → commented (supervisor) → approved (HR) → acknowledged (employee).</summary>
[GenerateSerializer]
public enum ReviewState
{
    Draft,
    Commented,
    Approved,
    Acknowledged,
}
