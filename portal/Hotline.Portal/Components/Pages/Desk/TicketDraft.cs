using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Components.Pages.Desk;

/// <summary>The agent's ticket form while it is being filled in (pre-filled from the call).</summary>
public sealed class TicketDraft
{
    public TicketType Type { get; set; } = TicketType.Complaint;

    public string? CitizenName { get; set; }

    public string? CitizenPhone { get; set; }

    public string? Description { get; set; }

    /// <summary>The field names the rules report on.</summary>
    public const string PhoneField = nameof(CitizenPhone);

    public const string DescriptionField = nameof(Description);

    public const string NameField = nameof(CitizenName);

    /// <summary>The submission for the intake: phone channel, keyed by the call so a double click makes one ticket.</summary>
    public TicketSubmission ToSubmission(string? callId, string agent) => new()
    {
        Channel = TicketChannel.Phone,
        IdempotencyKey = callId ?? Guid.NewGuid().ToString("N"),
        Type = Type,
        CitizenName = string.IsNullOrWhiteSpace(CitizenName) ? null : CitizenName.Trim(),
        CitizenPhone = string.IsNullOrWhiteSpace(CitizenPhone) ? null : CitizenPhone.Trim(),
        Description = Description?.Trim() ?? "",
        CallId = callId,
        SubmittedBy = agent,
    };
}
