namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One step of a ticket's progress as a citizen may see it.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.CitizenTicketStep")]
public sealed record CitizenTicketStep(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Text);
