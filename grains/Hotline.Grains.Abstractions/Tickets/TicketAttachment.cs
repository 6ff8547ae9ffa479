namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A file attached to a ticket; the bytes live at <see cref="StoragePath"/>, the store keeps only this description.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketAttachment")]
public sealed record TicketAttachment(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long Size,
    [property: Id(3)] string StoragePath);
