namespace Hotline.Grains.Abstractions.Calls;

/// <summary>A grain that places calls through <see cref="ICallGrain.DialAsync"/> and wants to hear how each ended (call-backs, campaigns).</summary>
public interface IOutboundCallOwner : IGrainWithStringKey
{
    /// <summary>The placed call <paramref name="callId"/> ended with <paramref name="result"/>; <paramref name="reason"/> says why in words.</summary>
    Task PlacedCallEndedAsync(string callId, OutboundResult result, string reason);
}
