namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A workflow action that the ticket's state or the actor's roles do not allow; the message names the ticket, its state and the action.</summary>
[GenerateSerializer, Alias("Hotline.Tickets.TicketWorkflowException")]
public sealed class TicketWorkflowException : Exception
{
    public TicketWorkflowException() { }

    public TicketWorkflowException(string message) : base(message) { }

    public TicketWorkflowException(string message, Exception innerException) : base(message, innerException) { }
}
