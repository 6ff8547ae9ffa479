namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>A number a campaign calls, with the ticket a return visit is about.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CampaignContact")]
public sealed record CampaignContact([property: Id(0)] string Number, [property: Id(1)] string? TicketNumber = null);
