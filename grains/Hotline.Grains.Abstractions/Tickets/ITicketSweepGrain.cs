namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The deadline sweeper (single activation, key "deadlines"): a durable reminder wakes it to urge, escalate and mark major complaints.</summary>
public interface ITicketSweepGrain : IGrainWithStringKey
{
    /// <summary>The key of the one sweeper.</summary>
    const string Key = "deadlines";

    /// <summary>Registers the reminder (idempotent); the host calls it at start-up.</summary>
    Task StartAsync();

    /// <summary>Runs one sweep now over every due ticket, page by page, and says what it did.</summary>
    Task<TicketSweepResult> SweepAsync();
}
