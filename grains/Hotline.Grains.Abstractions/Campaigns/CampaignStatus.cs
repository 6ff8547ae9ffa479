namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>A campaign's life: created, running ⇄ paused, then stopped by a supervisor or completed when every number is finished.</summary>
[GenerateSerializer]
public enum CampaignStatus
{
    Draft,
    Running,
    Paused,
    Stopped,
    Completed,
}
