namespace Hotline.Portal.Components.Pages.Desk;

/// <summary>The ticket form's rules, checked on the server before the intake: each broken rule names its field and a DeskText message key.</summary>
public static class TicketDraftRules
{
    /// <summary>The shortest account the hotline accepts (a few characters of Chinese say enough).</summary>
    public const int MinDescription = 5;

    public const int MaxDescription = 4000;

    /// <summary>Field name → message key; empty when the draft may be submitted.</summary>
    public static IReadOnlyDictionary<string, string> Check(TicketDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var description = draft.Description?.Trim() ?? "";
        if (description.Length == 0)
        {
            errors[TicketDraft.DescriptionField] = "DescriptionRequired";
        }
        else if (description.Length < MinDescription)
        {
            errors[TicketDraft.DescriptionField] = "DescriptionTooShort";
        }
        else if (description.Length > MaxDescription)
        {
            errors[TicketDraft.DescriptionField] = "DescriptionTooLong";
        }

        var phone = draft.CitizenPhone?.Trim() ?? "";
        if (phone.Length == 0)
        {
            errors[TicketDraft.PhoneField] = "PhoneRequired";
        }
        else if (phone.Length is < 3 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-'))
        {
            errors[TicketDraft.PhoneField] = "PhoneInvalid";
        }

        if (draft.CitizenName is { Length: > 64 })
        {
            errors[TicketDraft.NameField] = "NameTooLong";
        }

        return errors;
    }
}
