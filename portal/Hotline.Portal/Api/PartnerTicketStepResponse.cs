namespace Hotline.Portal.Api;

/// <summary>One action in a ticket's history as a partner sees it (no actor names).</summary>
public sealed record PartnerTicketStepResponse(DateTimeOffset At, string Action, string State, string? Note);
