namespace Hotline.Portal.Api;

/// <summary>The answer to a submission: the ticket number, whether this request created it (false on a retried delivery) and its deadline.</summary>
public sealed record TicketReceiptResponse(string Number, bool Created, DateTimeOffset Deadline);
