using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Starts anchored harnesses whose RTP ports come from a slice of 30000–32599 of their own (below the kernel's ephemeral
/// range), so parallel tests and other programs holding ports of the default 20000–29999 range (a media benchmark, say)
/// do not turn calls away with 503 "No media ports free".
/// </summary>
internal static class AnchoredHarness
{
    private const int FirstPort = 30000;
    private const int SliceSize = 200;
    private const int Slices = 13;
    private static int s_nextSlice = Random.Shared.Next(Slices);

    /// <summary>A harness like <see cref="SipServerHarness.StartAnchored"/>, with its own RTP port slice.</summary>
    public static SipServerHarness Start(Func<MediaEngineOptions, MediaEngineOptions>? media = null) =>
        SipServerHarness.StartAnchored(media: options =>
        {
            var first = FirstPort + (SliceSize * (Interlocked.Increment(ref s_nextSlice) % Slices));
            return (media?.Invoke(options) ?? options) with { PortMin = first, PortMax = first + SliceSize - 1 };
        });
}
