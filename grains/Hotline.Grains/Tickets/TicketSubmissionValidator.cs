using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets;

/// <summary>Checks a submission before anything is written; each failure names the field.</summary>
public static class TicketSubmissionValidator
{
    /// <summary>The longest description accepted (characters).</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>Throws <see cref="TicketValidationException"/> naming the first wrong field.</summary>
    public static void Validate(TicketSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (string.IsNullOrWhiteSpace(submission.IdempotencyKey) || submission.IdempotencyKey.Length > 200)
            throw new TicketValidationException(nameof(submission.IdempotencyKey), "IdempotencyKey is required and at most 200 characters.");
        if (!Enum.IsDefined(submission.Channel))
            throw new TicketValidationException(nameof(submission.Channel), $"Channel '{submission.Channel}' is not a ticket channel.");
        if (!Enum.IsDefined(submission.Type))
            throw new TicketValidationException(nameof(submission.Type), $"Type '{submission.Type}' is not a ticket type.");
        if (string.IsNullOrWhiteSpace(submission.Description))
            throw new TicketValidationException(nameof(submission.Description), "Description is required.");
        if (submission.Description.Length > MaxDescriptionLength)
            throw new TicketValidationException(nameof(submission.Description), $"Description has {submission.Description.Length} characters; at most {MaxDescriptionLength} are accepted.");
        if (submission.CitizenPhone is { } phone && !IsPhone(phone))
            throw new TicketValidationException(nameof(submission.CitizenPhone), $"CitizenPhone '{phone}' is not a phone number.");
        if (submission.Attachments is null)
            throw new TicketValidationException(nameof(submission.Attachments), "Attachments must be a list (empty when none).");
    }

    /// <summary>Whether <paramref name="phone"/> is accepted as a citizen's phone: 3–32 digits, '+' and '-'.</summary>
    public static bool IsPhone(string phone) =>
        phone.Length is >= 3 and <= 32 && phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-');
}
