using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Public;

/// <summary>The result of a citizen submission: the receipt, or the wrong fields with the resource key of each message.</summary>
public sealed record PublicSubmitOutcome(TicketReceipt? Receipt, IReadOnlyDictionary<string, string> Errors);
