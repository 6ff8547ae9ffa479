namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A new contact from any channel, to become a ticket; a retry with the same channel and key returns the first ticket.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSubmission")]
public sealed record TicketSubmission
{
    [Id(0)] public TicketChannel Channel { get; init; }

    /// <summary>The channel's own id for this delivery (message id, mail Message-ID, request key …).</summary>
    [Id(1)] public required string IdempotencyKey { get; init; }

    [Id(2)] public TicketType Type { get; init; }

    /// <summary>A category code from the category tree, null when the channel cannot classify.</summary>
    [Id(3)] public string? CategoryCode { get; init; }

    [Id(4)] public string? CitizenName { get; init; }

    [Id(5)] public string? CitizenPhone { get; init; }

    [Id(6)] public string? CitizenEmail { get; init; }

    [Id(7)] public TicketSubject Subject { get; init; } = TicketSubject.None;

    /// <summary>The citizen's account in their own words.</summary>
    [Id(8)] public required string Description { get; init; }

    [Id(9)] public IReadOnlyList<TicketAttachment> Attachments { get; init; } = [];

    /// <summary>The originating reference of a 转办/交办 case.</summary>
    [Id(10)] public string? ExternalReference { get; init; }

    /// <summary>A deadline the sender sets (交办); otherwise the SLA of type and category applies.</summary>
    [Id(11)] public DateTimeOffset? RequestedDeadline { get; init; }

    /// <summary>The call the ticket came from (phone channel).</summary>
    [Id(12)] public string? CallId { get; init; }

    /// <summary>Where the result is posted back for 转办/交办.</summary>
    [Id(13)] public string? ResultCallbackUrl { get; init; }

    /// <summary>The agent or partner that submitted it, null for a citizen.</summary>
    [Id(14)] public string? SubmittedBy { get; init; }
}
