using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Dtmf;

[Trait("Category", "Unit")]
public sealed class DtmfToneDetectorTests
{
    private static readonly TimeSpan s_tone = TimeSpan.FromMilliseconds(80);
    private static readonly TimeSpan s_gap = TimeSpan.FromMilliseconds(80);

    private static string Detect(ReadOnlySpan<short> audio, DtmfToneDetectorOptions? options = null, int frame = AudioFormat.FrameSamples)
    {
        var detector = new DtmfToneDetector(options);
        var digits = new List<char>();
        for (var i = 0; i < audio.Length; i += frame)
        {
            detector.Process(audio.Slice(i, Math.Min(frame, audio.Length - i)));
            while (detector.TryReadDigit(out var d))
            {
                digits.Add(d.Digit);
            }
        }

        detector.Process(new short[800]);
        while (detector.TryReadDigit(out var d))
        {
            digits.Add(d.Digit);
        }

        return new string([.. digits]);
    }

    private static short[] Concat(params short[][] parts) => [.. parts.SelectMany(p => p)];

    private static short[] Silence(int ms) => new short[ms * 8];

    [Fact]
    public void All_16_digits_are_detected_once_each()
    {
        var audio = Concat(Silence(30), DtmfToneGenerator.Generate(DtmfDigits.Keypad, s_tone, s_gap));
        Assert.Equal(DtmfDigits.Keypad, Detect(audio));
    }

    [Theory]
    [InlineData(-3, -3)]
    [InlineData(-9, -7)]
    [InlineData(-20, -20)]
    [InlineData(-27, -27)]
    [InlineData(-10, -16)]
    [InlineData(-16, -11)]
    public void Realistic_levels_and_twist_are_detected(double low, double high) =>
        Assert.Equal("0123456789", Detect(DtmfToneGenerator.Generate("0123456789", s_tone, s_gap, low, high)));

    [Theory]
    [InlineData(-36, -36)]
    [InlineData(-5, -17)]
    [InlineData(-17, -8)]
    public void Too_quiet_or_too_much_twist_is_rejected(double low, double high) =>
        Assert.Equal(string.Empty, Detect(DtmfToneGenerator.Generate("159#", s_tone, s_gap, low, high)));

    [Fact]
    public void Digits_survive_G711_and_moderate_noise()
    {
        var clean = DtmfToneGenerator.Generate(DtmfDigits.Keypad, s_tone, s_gap, -12, -10);
        var noise = AudioTestHelpers.WhiteNoise(clean.Length, 300, seed: 7);
        var noisy = clean.Zip(noise, (a, b) => (short)Math.Clamp(a + b, short.MinValue, short.MaxValue)).ToArray();
        foreach (var codec in new Func<short, short>[] { s => MuLaw.Decode(MuLaw.Encode(s)), s => ALaw.Decode(ALaw.Encode(s)) })
        {
            Assert.Equal(DtmfDigits.Keypad, Detect(noisy.Select(codec).ToArray()));
        }
    }

    [Theory]
    [InlineData(-0.015)]
    [InlineData(0.015)]
    public void Frequencies_off_by_one_and_a_half_percent_are_accepted(double deviation)
    {
        foreach (var digit in DtmfDigits.Keypad)
        {
            var (low, high) = DtmfDigits.Frequencies(digit);
            var tone = new ToneGenerator(low * (1 + deviation), -9, high * (1 + deviation), -7).Generate(s_tone);
            Assert.Equal(digit.ToString(), Detect(Concat(Silence(20), tone)));
        }
    }

    [Theory]
    [InlineData(40, 0)]
    [InlineData(40, 37)]
    [InlineData(40, 80)]
    [InlineData(45, 101)]
    public void Forty_ms_tones_are_detected_at_any_alignment(int toneMs, int leadingSamples)
    {
        var audio = Concat(new short[leadingSamples], DtmfToneGenerator.Generate("1357", TimeSpan.FromMilliseconds(toneMs), TimeSpan.FromMilliseconds(60)));
        Assert.Equal("1357", Detect(audio));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(21)]
    public void Too_short_tones_are_rejected(int toneMs)
    {
        for (var leading = 0; leading < 102; leading += 17)
        {
            var audio = Concat(new short[leading], DtmfToneGenerator.Generate("2468", TimeSpan.FromMilliseconds(toneMs), TimeSpan.FromMilliseconds(80)));
            Assert.Equal(string.Empty, Detect(audio));
        }
    }

    [Fact]
    public void Two_identical_digits_with_a_gap_are_detected_twice()
    {
        Assert.Equal("55", Detect(DtmfToneGenerator.Generate("55", TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(45))));
        Assert.Equal("999", Detect(DtmfToneGenerator.Generate("999", TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100))));
    }

    [Fact]
    public void A_brief_dropout_inside_a_tone_does_not_split_the_digit()
    {
        var tone = DtmfToneGenerator.ForDigit('8').Generate(TimeSpan.FromMilliseconds(200));
        tone.AsSpan(800, 40).Clear();
        Assert.Equal("8", Detect(tone));
    }

    [Fact]
    public void Single_tones_are_not_digits()
    {
        foreach (var f in DtmfDigits.LowFrequencies.Concat(DtmfDigits.HighFrequencies).Append(1000).Append(440))
        {
            Assert.Equal(string.Empty, Detect(new ToneGenerator(f, -6).Generate(TimeSpan.FromMilliseconds(500))));
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(8000)]
    public void Noise_is_not_a_digit(double rms) =>
        Assert.Equal(string.Empty, Detect(AudioTestHelpers.WhiteNoise(8000 * 5, rms, seed: (int)rms)));

    [Fact]
    public void Speech_like_voiced_sound_is_not_a_digit()
    {
        // Glottal pulse trains with a gliding pitch through vowel-like formant resonances: rich harmonics, no pure pair.
        var random = new Random(3);
        var signal = new double[8000 * 10];
        double phase = 0;
        for (var n = 0; n < signal.Length; n++)
        {
            var pitch = 110 + (60 * Math.Sin(2 * Math.PI * n / 12000.0)) + (random.NextDouble() * 4);
            phase += 2 * Math.PI * pitch / 8000;
            var value = 0.0;
            for (var h = 1; h * pitch < 3600; h++)
            {
                var f = h * pitch;
                var formants = Resonance(f, 700 + (300 * Math.Sin(n / 5000.0)), 90) + Resonance(f, 1200 + (400 * Math.Cos(n / 7000.0)), 110) + Resonance(f, 2500, 150);
                value += formants * Math.Sin(h * phase) / h;
            }

            signal[n] = value;
        }

        var scale = 3000 / Math.Sqrt(signal.Average(v => v * v));
        var audio = signal.Select(v => (short)Math.Clamp(v * scale, short.MinValue, short.MaxValue)).ToArray();

        Assert.True(AudioTestHelpers.Rms(audio) > 1000);
        Assert.Equal(string.Empty, Detect(audio));

        static double Resonance(double f, double centre, double bandwidth) => 1 / (1 + Math.Pow((f - centre) / bandwidth, 2));
    }

    [Fact]
    public void Music_like_chords_are_not_digits()
    {
        // Piano-like notes (fundamental plus decaying harmonics) in triads walking up the scale.
        double[] roots = [261.63, 293.66, 329.63, 349.23, 392.00, 440.00, 493.88, 523.25, 587.33, 659.25];
        var audio = new List<short>();
        foreach (var root in roots)
        {
            var chord = new short[8 * 300];
            foreach (var ratio in new[] { 1.0, 1.26, 1.5 })
            {
                for (var h = 1; h <= 5; h++)
                {
                    var tone = new ToneGenerator(root * ratio * h, -14 - (4 * h)).Generate(TimeSpan.FromMilliseconds(300));
                    for (var i = 0; i < chord.Length; i++)
                    {
                        chord[i] = (short)Math.Clamp(chord[i] + tone[i], short.MinValue, short.MaxValue);
                    }
                }
            }

            audio.AddRange(chord);
        }

        Assert.Equal(string.Empty, Detect(audio.ToArray()));
    }

    [Fact]
    public void Frames_of_any_size_give_the_same_result_and_start_positions()
    {
        var audio = Concat(Silence(50), DtmfToneGenerator.Generate("A0#", s_tone, s_gap));
        Assert.Equal("A0#", Detect(audio, frame: 37));
        Assert.Equal("A0#", Detect(audio, frame: 4000));
        var detector = new DtmfToneDetector();
        detector.Process(audio);
        Assert.True(detector.TryReadDigit(out var first));
        Assert.InRange(first.StartSample, 400 - DtmfToneDetector.BlockSize, 400 + DtmfToneDetector.BlockSize);
        Assert.True(detector.TryReadDigit(out var second));
        Assert.InRange(second.StartSample, 400 + 1280 - DtmfToneDetector.BlockSize, 400 + 1280 + DtmfToneDetector.BlockSize);
    }

    [Fact]
    public void Current_digit_and_reset()
    {
        var detector = new DtmfToneDetector();
        detector.Process(DtmfToneGenerator.ForDigit('7').Generate(TimeSpan.FromMilliseconds(100)));
        Assert.Equal('7', detector.CurrentDigit);
        detector.Reset();
        Assert.Null(detector.CurrentDigit);
        detector.Process(new short[800]);
        Assert.Null(detector.CurrentDigit);
    }

    [Fact]
    public void Detecting_does_not_allocate_in_the_steady_state()
    {
        var audio = DtmfToneGenerator.Generate("123456789", s_tone, s_gap);
        var detector = new DtmfToneDetector();
        detector.Process(audio);
        while (detector.TryReadDigit(out _))
        {
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i + 160 <= audio.Length; i += 160)
        {
            detector.Process(audio.AsSpan(i, 160));
            detector.TryReadDigit(out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
