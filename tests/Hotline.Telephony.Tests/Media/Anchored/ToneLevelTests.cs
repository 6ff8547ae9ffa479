using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

[Trait("Category", "Unit")]
public sealed class ToneLevelTests
{
    [Fact]
    public void A_tone_is_measured_at_its_amplitude_in_every_block()
    {
        var tone = AudioTestHelpers.Sine(1300, 12000, 8000);

        var levels = ToneLevel.BlockAmplitudes(tone, 1300);

        Assert.Equal(10, levels.Length);
        Assert.All(levels, level => Assert.InRange(level, 11900, 12100));
    }

    [Fact]
    public void Mixed_tones_are_told_apart_and_an_absent_one_reads_near_zero()
    {
        var a = AudioTestHelpers.Sine(1000, 8000, 4000);
        var b = AudioTestHelpers.Sine(1700, 5000, 4000);
        var mix = a.Zip(b, (x, y) => (short)(x + y)).ToArray();

        Assert.InRange(ToneLevel.Median(mix, 1000), 7900, 8100);
        Assert.InRange(ToneLevel.Median(mix, 1700), 4900, 5100);
        Assert.True(ToneLevel.Mean(mix, 1300) < 50, $"1300 Hz reads {ToneLevel.Mean(mix, 1300)}");
    }

    [Fact]
    public void The_mean_catches_a_tone_present_in_part_of_the_audio_where_the_median_does_not()
    {
        var audio = new short[8000];
        AudioTestHelpers.Sine(2300, 10000, 2400).CopyTo(audio, 0);

        Assert.True(ToneLevel.Median(audio, 2300) < 100);
        Assert.InRange(ToneLevel.Mean(audio, 2300), 2900, 3100);
    }

    [Fact]
    public void Less_than_a_block_measures_nothing()
    {
        var short_ = AudioTestHelpers.Sine(1000, 10000, ToneLevel.BlockSamples - 1);

        Assert.Empty(ToneLevel.BlockAmplitudes(short_, 1000));
        Assert.Equal(0, ToneLevel.Median(short_, 1000));
        Assert.Equal(0, ToneLevel.Mean(short_, 1000));
    }
}
