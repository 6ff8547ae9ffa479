namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One ticket (key: its number); serialises every change to it and writes it to the operational store.</summary>
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Stores the ticket from a validated submission (called by the intake service); false if the number already exists.</summary>
    Task<bool> CreateAsync(TicketSubmission submission, DateTimeOffset deadline);

    /// <summary>The ticket as it stands.</summary>
    /// <exception cref="TicketNotFoundException">No ticket has this number.</exception>
    Task<TicketSnapshot> GetAsync();

    /// <summary>派单: sends the ticket to a handling unit, or (企业直通车) straight to the enterprise concerned.</summary>
    Task<TicketSnapshot> DispatchAsync(TicketActor actor, string unitId, string? note);
}
