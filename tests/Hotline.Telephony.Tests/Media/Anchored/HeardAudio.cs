using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// What each recording phone heard during one stretch of a call, cut out of sndfile's dumps by how far they had grown at
/// the start and end of the stretch (each dump grows by a packet as it arrives).
/// </summary>
internal sealed class HeardAudio
{
    /// <summary>How long a change in the call takes to reach what the phones hear: the jitter buffers at both ends, with room for a loaded machine.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(600);

    /// <summary>How long the tone tests listen to each state of a call.</summary>
    public static readonly TimeSpan Stretch = TimeSpan.FromMilliseconds(1200);

    private readonly Dictionary<Baresip, short[]> _heard;

    private HeardAudio(Dictionary<Baresip, short[]> heard) => _heard = heard;

    /// <summary>Listens for <see cref="Stretch"/> once a change has had <see cref="Settle"/> to arrive.</summary>
    public static Task<HeardAudio> ListenAsync(params Baresip[] phones) => ListenAsync(Settle, Stretch, phones);

    /// <summary>
    /// Waits <paramref name="settle"/> for a change in the call to reach the phones (jitter buffers at both ends), then
    /// listens for <paramref name="length"/>. Fails when a phone heard less than half of it: a phone that receives nothing
    /// would otherwise "not hear" anybody.
    /// </summary>
    private static async Task<HeardAudio> ListenAsync(TimeSpan settle, TimeSpan length, Baresip[] phones)
    {
        await Task.Delay(settle, TestContext.Current.CancellationToken);
        var from = phones.Select(p => p.HeardSampleCount).ToArray();
        await Task.Delay(length, TestContext.Current.CancellationToken);
        var heard = new Dictionary<Baresip, short[]>();
        for (var i = 0; i < phones.Length; i++)
        {
            var samples = phones[i].ReadHeard(from[i]);
            Assert.True(samples.Length >= AudioFormat.SamplesFor(length) / 2,
                $"baresip {phones[i].Name} received only {samples.Length} samples in {length.TotalMilliseconds} ms\n{phones[i].Describe()}");
            heard[phones[i]] = samples;
        }

        return new HeardAudio(heard);
    }

    /// <summary>What the phone heard in the stretch.</summary>
    public short[] Of(Baresip phone) => _heard[phone];
}
