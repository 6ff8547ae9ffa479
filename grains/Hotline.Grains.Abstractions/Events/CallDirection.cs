namespace Hotline.Grains.Abstractions.Events;

/// <summary>Who placed the call.</summary>
[GenerateSerializer]
public enum CallDirection
{
    /// <summary>A citizen called the hotline.</summary>
    Inbound,

    /// <summary>The hotline called out (call-back, return visit, campaign).</summary>
    Outbound,
}
