namespace Hotline.Grains.Tickets.Store;

/// <summary>A row holding one ticket type's workflow as a JSON document (see <see cref="Workflow.TicketWorkflowDefinition"/>).</summary>
public sealed class TicketWorkflowRecord
{
    public required string Type { get; set; }
    public required string Document { get; set; }
    public long UpdatedAtUnixMs { get; set; }
}
