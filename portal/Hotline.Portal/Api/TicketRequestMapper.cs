using System.Text.RegularExpressions;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>Checks a <see cref="TicketRequest"/> field by field and turns it into a <see cref="TicketSubmission"/>.</summary>
public static partial class TicketRequestMapper
{
    /// <summary>The longest description accepted, in characters.</summary>
    public const int MaxDescriptionLength = 4000;

    private const int MaxShortField = 200;

    /// <summary>The submission for a request; throws <see cref="TicketValidationException"/> naming the first wrong field.</summary>
    public static TicketSubmission ToSubmission(TicketRequest request, TicketChannel channel, string idempotencyKey, string? submittedBy)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = TicketTypeNames.Parse(request.Type)
            ?? throw new TicketValidationException("type", $"'{request.Type}' is not a ticket type; use one of {string.Join(", ", Enum.GetValues<TicketType>().Select(TicketTypeNames.Name))}.");
        if (string.IsNullOrWhiteSpace(request.Description))
        {
            throw new TicketValidationException("description", "The description is required.");
        }

        Limit("description", request.Description, MaxDescriptionLength);
        Limit("citizenName", request.CitizenName, MaxShortField);
        Limit("categoryCode", request.CategoryCode, MaxShortField);
        if (request.CitizenPhone is { } phone && !PhonePattern().IsMatch(phone))
        {
            throw new TicketValidationException("citizenPhone", $"'{phone}' is not a phone number (5–20 digits, optional leading +).");
        }

        if (request.CitizenEmail is { } email && (email.Length > 254 || !email.Contains('@', StringComparison.Ordinal)))
        {
            throw new TicketValidationException("citizenEmail", "The e-mail address is malformed or longer than 254 characters.");
        }

        var subject = request.Subject;
        Limit("subject.enterprise", subject?.Enterprise, MaxShortField);
        Limit("subject.vehiclePlate", subject?.VehiclePlate, MaxShortField);
        Limit("subject.route", subject?.Route, MaxShortField);
        Limit("subject.location", subject?.Location, MaxShortField);
        Limit("subject.region", subject?.Region, MaxShortField);
        return new TicketSubmission
        {
            Channel = channel,
            IdempotencyKey = idempotencyKey,
            Type = type,
            CategoryCode = request.CategoryCode,
            CitizenName = request.CitizenName,
            CitizenPhone = request.CitizenPhone,
            CitizenEmail = request.CitizenEmail,
            Subject = subject is null ? TicketSubject.None : new TicketSubject(subject.Enterprise, subject.VehiclePlate, subject.Route, subject.Location, subject.Region),
            Description = request.Description,
            SubmittedBy = submittedBy,
        };
    }

    /// <summary>Checks an idempotency key given in a header or field named <paramref name="field"/>.</summary>
    public static string RequireKey(string field, string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new TicketValidationException(field, $"'{field}' is required so that a retried request does not create a second ticket.");
        }

        Limit(field, key, MaxShortField);
        return key;
    }

    private static void Limit(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            throw new TicketValidationException(field, $"'{field}' has {value.Length} characters; at most {max} are accepted.");
        }
    }

    [GeneratedRegex(@"^\+?[0-9]{5,20}$")]
    private static partial Regex PhonePattern();
}
