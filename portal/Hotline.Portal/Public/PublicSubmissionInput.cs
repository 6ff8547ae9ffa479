namespace Hotline.Portal.Public;

/// <summary>The fields of the citizen submission form, as posted.</summary>
public sealed class PublicSubmissionInput
{
    /// <summary>The wire name of the ticket type (complaint, enquiry …).</summary>
    public string? Type { get; set; } = "complaint";

    public string? CategoryCode { get; set; }

    public string? Description { get; set; }

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public string? Enterprise { get; set; }

    public string? VehiclePlate { get; set; }

    public string? Route { get; set; }

    public string? Location { get; set; }

    public string? CaptchaToken { get; set; }

    public string? CaptchaAnswer { get; set; }
}
