namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>No ticket has the number asked for.</summary>
[GenerateSerializer, Alias("Hotline.Tickets.TicketNotFoundException")]
public sealed class TicketNotFoundException : Exception
{
    public TicketNotFoundException() { }

    public TicketNotFoundException(string number) : base($"No ticket has the number '{number}'.") => Number = number;

    public TicketNotFoundException(string number, Exception innerException) : base($"No ticket has the number '{number}'.", innerException) => Number = number;

    /// <summary>The number that was not found.</summary>
    [Id(0)] public string Number { get; } = "";
}
