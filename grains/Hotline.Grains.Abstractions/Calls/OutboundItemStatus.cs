namespace Hotline.Grains.Abstractions.Calls;

/// <summary>Where a number on a call-back list or campaign stands.</summary>
[GenerateSerializer]
public enum OutboundItemStatus
{
    /// <summary>Waiting for its due time (first call or retry).</summary>
    Pending,
    /// <summary>Offered to an agent (preview) who has not accepted yet.</summary>
    Offered,
    /// <summary>A call is being placed or is in progress.</summary>
    Dialing,
    /// <summary>The citizen was reached.</summary>
    Done,
    /// <summary>Every attempt allowed was used without reaching the citizen, or the last result does not retry.</summary>
    Exhausted,
    /// <summary>Withdrawn (cancelled call-back, stopped campaign).</summary>
    Cancelled,
}
