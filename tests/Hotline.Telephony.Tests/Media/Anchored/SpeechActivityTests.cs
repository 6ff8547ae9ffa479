using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

[Trait("Category", "Unit")]
public sealed class SpeechActivityTests
{
    [Fact]
    public void The_span_runs_from_the_first_to_the_last_voiced_frame_pauses_included()
    {
        var audio = new short[8000];
        AudioTestHelpers.Sine(300, 8000, 1600).CopyTo(audio, 800);
        AudioTestHelpers.Sine(500, 4000, 800).CopyTo(audio, 4000);

        var span = SpeechActivity.Span(audio);

        Assert.Equal(new SampleSpan(800, 4000), span);
        Assert.Equal(TimeSpan.FromMilliseconds(500), span.Duration);
        Assert.Equal(4800, span.End);
    }

    [Fact]
    public void Quiet_noise_around_the_voice_is_not_counted()
    {
        var audio = AudioTestHelpers.WhiteNoise(8000, 50, seed: 4);
        var voice = AudioTestHelpers.Sine(400, 10000, 2400);
        voice.CopyTo(audio, 2400);

        var span = SpeechActivity.Span(audio);

        Assert.Equal(new SampleSpan(2400, 2400), span);
        Assert.Equal(voice, SpeechActivity.Trim(audio));
    }

    [Fact]
    public void Silence_has_an_empty_span()
    {
        var span = SpeechActivity.Span(new short[4000]);

        Assert.Equal(0, span.Length);
        Assert.Empty(SpeechActivity.Trim(new short[4000]));
    }
}
