using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Audio;

[Trait("Category", "Unit")]
public sealed class AudioSourceTests
{
    private static List<short[]> ReadAll(IAudioSource source, int maxFrames = 1000)
    {
        var frames = new List<short[]>();
        var frame = new short[AudioFormat.FrameSamples];
        while (frames.Count < maxFrames && source.ReadFrame(frame))
        {
            frames.Add((short[])frame.Clone());
        }

        Assert.All(frame, s => Assert.Equal(0, s));
        return frames;
    }

    [Fact]
    public void Pcm_source_plays_once_and_pads_the_last_frame()
    {
        var samples = Enumerable.Range(1, 400).Select(i => (short)i).ToArray();
        var source = new PcmAudioSource(samples);
        Assert.Equal(TimeSpan.FromMilliseconds(50), source.Duration);
        var frames = ReadAll(source);
        Assert.Equal(3, frames.Count);
        Assert.Equal(samples, frames.SelectMany(f => f).Take(400));
        Assert.All(frames[2][80..], s => Assert.Equal(0, s));
        Assert.False(source.ReadFrame(new short[160]));
        source.Rewind();
        Assert.Equal(3, ReadAll(source).Count);
    }

    [Fact]
    public void Looping_source_wraps_without_a_gap()
    {
        short[] samples = [1, 2, 3, 4, 5, 6, 7];
        var source = new LoopingAudioSource(samples);
        var frame = new short[160];
        for (var i = 0; i < 10; i++)
        {
            Assert.True(source.ReadFrame(frame));
            for (var j = 0; j < frame.Length; j++)
            {
                Assert.Equal(samples[((i * 160) + j) % 7], frame[j]);
            }
        }

        Assert.Throws<ArgumentException>(() => new LoopingAudioSource(Array.Empty<short>()));
    }

    [Fact]
    public void Silence_and_tone_last_as_long_as_asked()
    {
        Assert.Equal(50, ReadAll(AudioSources.Silence(TimeSpan.FromSeconds(1))).Count);
        Assert.Equal(1000, ReadAll(AudioSources.Silence(), maxFrames: 1000).Count);
        var tone = ReadAll(AudioSources.Tone(1000, TimeSpan.FromMilliseconds(500), levelDbm0: -10));
        Assert.Equal(25, tone.Count);
        var all = tone.SelectMany(f => f).ToArray();
        var expected = ToneGenerator.AmplitudeOf(-10);
        Assert.InRange(AudioTestHelpers.AmplitudeAt(all, 1000), expected * 0.99, expected * 1.01);
    }

    [Fact]
    public void Tone_generator_keeps_its_phase_across_frames()
    {
        var whole = new ToneGenerator(440, -6).Generate(TimeSpan.FromMilliseconds(100));
        var generator = new ToneGenerator(440, -6);
        var pieces = new short[whole.Length];
        for (var i = 0; i < pieces.Length; i += 160)
        {
            generator.Generate(pieces.AsSpan(i, 160));
        }

        Assert.Equal(whole, pieces);
        Assert.Equal(3.17, 20 * Math.Log10(32636 / ToneGenerator.ZeroDbm0Amplitude), 2);
    }

    [Fact]
    public void Sequence_plays_its_parts_in_order()
    {
        var source = AudioSources.Sequence(
            new PcmAudioSource(Enumerable.Repeat((short)7, 320).ToArray()),
            AudioSources.Silence(TimeSpan.FromMilliseconds(40)),
            new PcmAudioSource(Enumerable.Repeat((short)9, 100).ToArray()));
        var frames = ReadAll(source);
        Assert.Equal(5, frames.Count);
        Assert.All(frames[1], s => Assert.Equal(7, s));
        Assert.All(frames[3], s => Assert.Equal(0, s));
        Assert.Equal(9, frames[4][99]);
        Assert.Equal(0, frames[4][100]);
    }

    [Fact]
    public void Reading_frames_does_not_allocate()
    {
        var sources = new IAudioSource[]
        {
            new LoopingAudioSource(new short[1000]),
            AudioSources.Silence(),
            AudioSources.Tone(425, null),
            new PcmAudioSource(new short[100000]),
        };
        var frame = new short[160];
        foreach (var s in sources)
        {
            s.ReadFrame(frame);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++)
        {
            foreach (var s in sources)
            {
                s.ReadFrame(frame);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

[Trait("Category", "Integration")]
public sealed class FileAudioSourceTests : IDisposable
{
    private readonly string _folder = AudioTestHelpers.TempFolder("src");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Wav_prompt_and_music_on_hold_play_the_file()
    {
        var path = Path.Combine(_folder, "moh.wav");
        var music = AudioTestHelpers.WhiteNoise(1000, 2000, seed: 5);
        WavWriter.WriteFile(path, music, 1, 8000);

        var prompt = AudioSources.FromWavFile(path);
        Assert.Equal(1000, prompt.Length);

        var moh = AudioSources.MusicOnHold(path);
        var frame = new short[160];
        var played = new List<short>();
        for (var i = 0; i < 20; i++)
        {
            Assert.True(moh.ReadFrame(frame));
            played.AddRange(frame);
        }

        Assert.Equal(music.Concat(music).Concat(music).Concat(music).Take(3200), played);
    }
}
