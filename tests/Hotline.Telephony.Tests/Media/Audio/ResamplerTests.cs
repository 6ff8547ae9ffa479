using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Audio;

[Trait("Category", "Unit")]
public sealed class ResamplerTests
{
    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    [InlineData(44100)]
    [InlineData(48000)]
    public void In_band_tones_keep_their_frequency_and_level(int rate)
    {
        foreach (var frequency in new[] { 300.0, 1000.0, 3000.0 })
        {
            var input = AudioTestHelpers.Sine(frequency, 10000, rate, rate);
            var output = Resampler.ToNarrowband(input, rate);
            Assert.Equal(8000, output.Length);
            var middle = output.AsSpan(800, 6400);
            var level = AudioTestHelpers.AmplitudeAt(middle, frequency);
            Assert.InRange(20 * Math.Log10(level / 10000), -1.0, 0.5);
        }
    }

    [Theory]
    [InlineData(16000, 6000)]
    [InlineData(22050, 5000)]
    [InlineData(22050, 9000)]
    [InlineData(48000, 6000)]
    [InlineData(48000, 12000)]
    public void Tones_above_4_5_kHz_do_not_fold_back_into_the_band(int rate, double frequency)
    {
        var output = Resampler.ToNarrowband(AudioTestHelpers.Sine(frequency, 10000, rate, rate), rate);
        var rms = AudioTestHelpers.Rms(output.AsSpan(800, 6400));
        Assert.True(20 * Math.Log10(rms / (10000 / Math.Sqrt(2))) < -45, $"alias at {rms:0.0} RMS");
    }

    [Fact]
    public void Length_follows_the_rate_ratio_and_8_kHz_is_copied()
    {
        Assert.Equal(3628, Resampler.ToNarrowband(new short[10000], 22050).Length);
        short[] same = [1, 2, 3];
        Assert.Equal(same, Resampler.ToNarrowband(same, 8000));
        Assert.Empty(Resampler.ToNarrowband([], 48000));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resampler.ToNarrowband(same, 4000));
    }

    [Fact]
    public void Dc_passes_unchanged_away_from_the_edges()
    {
        var input = Enumerable.Repeat((short)1000, 4800).ToArray();
        var output = Resampler.ToNarrowband(input, 48000);
        Assert.All(output.AsSpan(50, 700).ToArray(), s => Assert.InRange(s, 999, 1001));
    }
}
