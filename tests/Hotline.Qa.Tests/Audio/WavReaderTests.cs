using Hotline.Qa.Audio;

namespace Hotline.Qa.Tests.Audio;

[Trait("Category", "Unit")]
public sealed class WavReaderTests
{
    [Fact]
    public void Splits_left_caller_and_right_agent()
    {
        var left = TestAudio.Channel(1, 8000, (0, 1));
        var right = new float[8000];

        var recording = WavReader.ReadStereo(TestAudio.Wav(8000, left, right), "call.wav");

        Assert.Equal(8000, recording.SampleRate);
        Assert.Equal(1, recording.Duration, 6);
        Assert.Equal(left[100], recording.Caller[100], 3);
        Assert.All(recording.Agent, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Mono_is_rejected_naming_the_channel_count()
    {
        var error = Assert.Throws<RecordingFormatException>(() => WavReader.ReadStereo(TestAudio.Wav(8000, new float[800]), "mono.wav"));

        Assert.Contains("mono.wav", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 channel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_is_rejected()
    {
        var error = Assert.Throws<RecordingFormatException>(() => WavReader.ReadStereo("not a wave file at all"u8, "junk.wav"));

        Assert.Contains("not a WAV", error.Message, StringComparison.Ordinal);
    }
}
