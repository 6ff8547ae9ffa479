using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Campaigns;

namespace Hotline.Grains.Campaigns;

/// <summary>A campaign as stored: its rules, status and every number with its attempts.</summary>
[GenerateSerializer, Alias("Hotline.CampaignState")]
public sealed class CampaignState
{
    [Id(0)] public CampaignDefinition? Definition { get; set; }

    [Id(1)] public CampaignStatus Status { get; set; } = CampaignStatus.Draft;

    [Id(2)] public List<OutboundItem> Items { get; set; } = [];
}
