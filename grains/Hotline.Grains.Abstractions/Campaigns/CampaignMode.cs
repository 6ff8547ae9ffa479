namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>How a campaign hands numbers to agents.</summary>
[GenerateSerializer]
public enum CampaignMode
{
    /// <summary>The agent sees the number (and ticket) first and accepts; then the platform dials.</summary>
    Preview,
    /// <summary>The platform dials as soon as an agent of the queue is ready, one call per ready agent.</summary>
    Progressive,
}
