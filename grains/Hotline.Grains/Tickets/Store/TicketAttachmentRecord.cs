namespace Hotline.Grains.Tickets.Store;

/// <summary>A row of the ticket attachments table (the file itself lives at <see cref="StoragePath"/>).</summary>
public sealed class TicketAttachmentRecord
{
    public long Id { get; set; }
    public required string TicketNumber { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StoragePath { get; set; }
    /// <summary>True for a file the handling unit attached to its reply, false for the citizen's.</summary>
    public bool FromReply { get; set; }
}
