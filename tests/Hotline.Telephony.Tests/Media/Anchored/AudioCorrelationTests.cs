using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

[Trait("Category", "Unit")]
public sealed class AudioCorrelationTests
{
    private static readonly short[] Template = AudioTestHelpers.WhiteNoise(800, 3000, seed: 1);

    [Fact]
    public void A_delayed_copy_is_found_at_its_lag_with_coefficient_one()
    {
        var signal = Embed(Template, before: 1234, after: 500);

        var match = AudioCorrelation.BestMatch(Template, signal);

        Assert.Equal(1234, match.Lag);
        Assert.True(match.Coefficient > 0.9999, $"coefficient {match.Coefficient}");
    }

    [Fact]
    public void A_quieter_copy_still_matches_fully()
    {
        var quieter = Template.Select(s => (short)(s / 4)).ToArray();

        var match = AudioCorrelation.BestMatch(Template, Embed(quieter, before: 300, after: 300));

        Assert.Equal(300, match.Lag);
        Assert.True(match.Coefficient > 0.999, $"coefficient {match.Coefficient}");
    }

    [Fact]
    public void Noise_as_loud_as_the_copy_brings_the_coefficient_down_to_about_one_over_root_two()
    {
        var noise = AudioTestHelpers.WhiteNoise(Template.Length, 3000, seed: 2);
        var noisy = Template.Zip(noise, (a, b) => (short)(a + b)).ToArray();

        var match = AudioCorrelation.BestMatch(Template, Embed(noisy, before: 100, after: 100));

        Assert.Equal(100, match.Lag);
        Assert.InRange(match.Coefficient, 0.65, 0.77);
    }

    [Fact]
    public void Unrelated_audio_scores_low()
    {
        var other = AudioTestHelpers.WhiteNoise(3000, 3000, seed: 3);

        var match = AudioCorrelation.BestMatch(Template, other);

        Assert.True(match.Coefficient < 0.25, $"coefficient {match.Coefficient}");
    }

    [Fact]
    public void An_inverted_copy_is_not_a_match()
    {
        var inverted = Template.Select(s => (short)-s).ToArray();

        var match = AudioCorrelation.BestMatch(Template, Embed(inverted, before: 200, after: 200));

        Assert.True(match.Coefficient < 0.25, $"coefficient {match.Coefficient}");
    }

    [Fact]
    public void A_copy_missing_a_fifth_of_its_samples_falls_below_the_end_to_end_threshold()
    {
        var damaged = (short[])Template.Clone();
        Array.Clear(damaged, 300, Template.Length / 5);

        var match = AudioCorrelation.BestMatch(Template, Embed(damaged, before: 50, after: 50));

        Assert.True(match.Coefficient < 0.95, $"coefficient {match.Coefficient}");
    }

    [Fact]
    public void A_silent_signal_gives_zero()
    {
        var match = AudioCorrelation.BestMatch(Template, new short[2000]);

        Assert.Equal(0, match.Coefficient);
    }

    [Fact]
    public void A_template_longer_than_the_signal_or_silent_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AudioCorrelation.BestMatch(Template, Template.AsSpan(0, 10)));
        Assert.Throws<ArgumentException>(() => AudioCorrelation.BestMatch(new short[10], Template));
        Assert.Throws<ArgumentException>(() => AudioCorrelation.BestMatch([], Template));
    }

    private static short[] Embed(short[] samples, int before, int after)
    {
        var signal = new short[before + samples.Length + after];
        samples.CopyTo(signal, before);
        return signal;
    }
}
