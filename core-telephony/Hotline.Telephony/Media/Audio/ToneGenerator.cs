namespace Hotline.Telephony.Media.Audio;

/// <summary>A phase-continuous generator of one or two sine tones at a level in dBm0, at 8 kHz.</summary>
public sealed class ToneGenerator
{
    /// <summary>Peak amplitude of a 0 dBm0 sine in 16-bit PCM (G.711's full-scale sine is +3.17 dBm0).</summary>
    public const double ZeroDbm0Amplitude = 22662;

    private readonly double _step1;
    private readonly double _step2;
    private readonly double _amplitude1;
    private readonly double _amplitude2;
    private double _phase1;
    private double _phase2;

    /// <summary>Creates a generator for one tone.</summary>
    public ToneGenerator(double frequency, double levelDbm0 = -10, int sampleRate = AudioFormat.SampleRate)
        : this(frequency, levelDbm0, 0, double.NegativeInfinity, sampleRate)
    {
    }

    /// <summary>Creates a generator for two tones, each with its own level (DTMF twist); a frequency of 0 is left out.</summary>
    public ToneGenerator(double frequency1, double level1Dbm0, double frequency2, double level2Dbm0, int sampleRate = AudioFormat.SampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frequency1);
        ArgumentOutOfRangeException.ThrowIfNegative(frequency2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _step1 = 2 * Math.PI * frequency1 / sampleRate;
        _step2 = 2 * Math.PI * frequency2 / sampleRate;
        _amplitude1 = frequency1 > 0 ? AmplitudeOf(level1Dbm0) : 0;
        _amplitude2 = frequency2 > 0 ? AmplitudeOf(level2Dbm0) : 0;
    }

    /// <summary>The peak amplitude of a sine at a level in dBm0.</summary>
    public static double AmplitudeOf(double levelDbm0) => ZeroDbm0Amplitude * Math.Pow(10, levelDbm0 / 20);

    /// <summary>Writes the next samples of the tone, continuing the phase of the previous call.</summary>
    public void Generate(Span<short> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var value = (_amplitude1 * Math.Sin(_phase1)) + (_amplitude2 * Math.Sin(_phase2));
            samples[i] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
            _phase1 = (_phase1 + _step1) % (2 * Math.PI);
            _phase2 = (_phase2 + _step2) % (2 * Math.PI);
        }
    }

    /// <summary>Generates a tone of a given duration (at 8 kHz) as a new buffer.</summary>
    public short[] Generate(TimeSpan duration)
    {
        var samples = new short[AudioFormat.SamplesFor(duration)];
        Generate(samples);
        return samples;
    }
}
