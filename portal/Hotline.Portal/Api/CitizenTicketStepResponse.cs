namespace Hotline.Portal.Api;

/// <summary>One step of a ticket's progress.</summary>
public sealed record CitizenTicketStepResponse(DateTimeOffset At, string Text);
