using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Public.Captcha;

namespace Hotline.Portal.Public;

/// <summary>Checks a citizen's form (captcha first, used up either way), then hands it to the intake as a web ticket through the REST API's own mapping.</summary>
public sealed class PublicTicketSubmitter(CaptchaStore captcha, ITicketIntake intake)
{
    /// <summary>The form field of the captcha answer in <see cref="PublicSubmitOutcome.Errors"/>.</summary>
    public const string CaptchaField = "captcha";

    /// <summary>Submits <paramref name="input"/>; nothing reaches the intake unless the captcha and every field are right.</summary>
    public async Task<PublicSubmitOutcome> SubmitAsync(PublicSubmissionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors["description"] = "ErrorDescriptionRequired";
        }

        if (string.IsNullOrWhiteSpace(input.Phone))
        {
            errors["citizenPhone"] = "ErrorPhoneRequired";
        }

        if (!captcha.TryAnswer(input.CaptchaToken, input.CaptchaAnswer))
        {
            errors[CaptchaField] = "ErrorCaptcha";
        }

        if (errors.Count > 0)
        {
            return new PublicSubmitOutcome(null, errors);
        }

        try
        {
            // The captcha token is unique and single-use, so it also keys the delivery: a replayed post cannot make a second ticket.
            var submission = TicketRequestMapper.ToSubmission(ToRequest(input), TicketChannel.Web, "public-site:" + input.CaptchaToken, null);
            var receipt = await intake.SubmitAsync(submission, cancellationToken);
            return new PublicSubmitOutcome(receipt, errors);
        }
        catch (TicketValidationException ex)
        {
            var field = string.IsNullOrEmpty(ex.Field) ? "body" : ex.Field;
            errors[field] = MessageKey(field);
            return new PublicSubmitOutcome(null, errors);
        }
    }

    /// <summary>The resource key of the message for a field the intake refused.</summary>
    public static string MessageKey(string field) => field switch
    {
        "type" => "ErrorType",
        "categoryCode" => "ErrorCategory",
        "description" => "ErrorDescriptionLength",
        "citizenPhone" => "ErrorPhone",
        "citizenName" => "ErrorNameLength",
        _ when field.StartsWith("subject", StringComparison.Ordinal) => "ErrorSubjectLength",
        _ => "ErrorRefused",
    };

    private static TicketRequest ToRequest(PublicSubmissionInput input) => new()
    {
        Type = input.Type,
        CategoryCode = Blank(input.CategoryCode),
        Description = input.Description?.Trim(),
        CitizenPhone = input.Phone?.Trim(),
        CitizenName = Blank(input.Name),
        Subject = new TicketSubjectRequest(Blank(input.Enterprise), Blank(input.VehiclePlate), Blank(input.Route), Blank(input.Location), null),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
