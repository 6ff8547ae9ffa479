using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Dtmf;

/// <summary>Generates in-band DTMF (for tests, and for peers that take no out-of-band DTMF).</summary>
public static class DtmfToneGenerator
{
    /// <summary>Typical low-group level of a telephone, in dBm0.</summary>
    public const double DefaultLowLevelDbm0 = -9;

    /// <summary>Typical high-group level (slightly louder, as phones send it), in dBm0.</summary>
    public const double DefaultHighLevelDbm0 = -7;

    /// <summary>A generator for one digit's two tones.</summary>
    public static ToneGenerator ForDigit(char digit, double lowLevelDbm0 = DefaultLowLevelDbm0, double highLevelDbm0 = DefaultHighLevelDbm0)
    {
        var (low, high) = DtmfDigits.Frequencies(digit);
        return new ToneGenerator(low, lowLevelDbm0, high, highLevelDbm0);
    }

    /// <summary>8 kHz PCM of the digits, each a tone of <paramref name="toneDuration"/> followed by <paramref name="gap"/> of silence.</summary>
    public static short[] Generate(
        string digits,
        TimeSpan toneDuration,
        TimeSpan gap,
        double lowLevelDbm0 = DefaultLowLevelDbm0,
        double highLevelDbm0 = DefaultHighLevelDbm0)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var tone = AudioFormat.SamplesFor(toneDuration);
        var pause = AudioFormat.SamplesFor(gap);
        var samples = new short[digits.Length * (tone + pause)];
        for (var i = 0; i < digits.Length; i++)
        {
            ForDigit(digits[i], lowLevelDbm0, highLevelDbm0).Generate(samples.AsSpan(i * (tone + pause), tone));
        }

        return samples;
    }

    /// <summary>The digits as a frame source (plays once).</summary>
    public static IAudioSource Source(string digits, TimeSpan toneDuration, TimeSpan gap) =>
        new PcmAudioSource(Generate(digits, toneDuration, gap));
}
