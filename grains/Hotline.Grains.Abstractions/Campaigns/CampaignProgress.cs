using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>A campaign's status and every number with its attempts and results.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CampaignProgress")]
public sealed record CampaignProgress(
    [property: Id(0)] string Id,
    [property: Id(1)] CampaignDefinition? Definition,
    [property: Id(2)] CampaignStatus Status,
    [property: Id(3)] IReadOnlyList<OutboundItem> Items)
{
    /// <summary>Numbers in each status (pending, offered, dialing, done, exhausted, cancelled).</summary>
    public int Count(OutboundItemStatus status) => Items.Count(i => i.Status == status);
}
