namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A submission or action whose <see cref="Field"/> is missing or malformed.</summary>
[GenerateSerializer, Alias("Hotline.Tickets.TicketValidationException")]
public sealed class TicketValidationException : Exception
{
    public TicketValidationException() { }

    public TicketValidationException(string message) : base(message) { }

    public TicketValidationException(string message, Exception innerException) : base(message, innerException) { }

    public TicketValidationException(string field, string message) : base(message) => Field = field;

    /// <summary>The submission field that was wrong (e.g. "Description", "CitizenPhone").</summary>
    [Id(0)] public string Field { get; } = "";
}
