namespace Hotline.Portal.People;

/// <summary>Settings of the monthly review drafting (<c>Hotline:People:ReviewDrafting</c>).</summary>
public sealed class ReviewDraftingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:People:ReviewDrafting";

    /// <summary>Whether the system drafts last month's reviews by itself (HR can still draft any period through the API).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The platform role whose members get a review drafted, which is also the KPI scheme used.</summary>
    public string Role { get; set; } = "agent";

    /// <summary>Beijing time of day on the first of the month from which last month's reviews are drafted (HH:mm).</summary>
    public string At { get; set; } = "03:00";
}
