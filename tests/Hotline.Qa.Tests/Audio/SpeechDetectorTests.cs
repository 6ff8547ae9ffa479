using Hotline.Qa.Audio;

namespace Hotline.Qa.Tests.Audio;

[Trait("Category", "Unit")]
public sealed class SpeechDetectorTests
{
    [Fact]
    public void Finds_tone_bursts_within_a_frame()
    {
        var samples = TestAudio.Channel(10, 8000, (1, 3), (5.5, 7));

        var spans = new SpeechDetector().Detect(samples, 8000);

        Assert.Equal(2, spans.Count);
        Assert.Equal(1, spans[0].Start, 0.03);
        Assert.Equal(3, spans[0].End, 0.03);
        Assert.Equal(5.5, spans[1].Start, 0.03);
        Assert.Equal(7, spans[1].End, 0.03);
    }

    [Fact]
    public void Silence_and_line_noise_are_not_speech()
    {
        Assert.Empty(new SpeechDetector().Detect(new float[80000], 8000));
        Assert.Empty(new SpeechDetector().Detect(TestAudio.Channel(10, 8000), 8000));
    }

    [Fact]
    public void Short_pauses_are_bridged_and_clicks_dropped()
    {
        var samples = TestAudio.Channel(6, 8000, (1, 2), (2.1, 3), (4, 4.05));

        var spans = new SpeechDetector().Detect(samples, 8000);

        var span = Assert.Single(spans);
        Assert.Equal(1, span.Start, 0.03);
        Assert.Equal(3, span.End, 0.03);
    }
}
