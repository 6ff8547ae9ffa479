using System.Buffers.Binary;
using Hotline.Telephony.Media.Audio;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Media.Audio;

[Trait("Category", "Integration")]
public sealed class CallRecorderTests : IDisposable
{
    private readonly string _root = AudioTestHelpers.TempFolder("rec");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 9, 23, 30, 0, TimeSpan.Zero));
    private readonly CallRecorderOptions _utc = new() { TimeZone = TimeZoneInfo.Utc };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static short[] Frame(int seed, int length = 160) => AudioTestHelpers.RecorderFrame(seed, length);

    [Fact]
    public void A_recording_reads_back_sample_exact_with_its_metadata()
    {
        var callers = new List<short>();
        var agents = new List<short>();
        var recorder = CallRecorder.Start(_root, "call-42", _utc, _time);
        Assert.Equal(Path.Combine(_root, "2025", "03", "09", "call-42.wav"), recorder.FilePath);
        for (var i = 0; i < 150; i++)
        {
            var caller = Frame(i);
            var agent = Frame(1000 + i);
            recorder.WriteFrame(caller, agent);
            callers.AddRange(caller);
            agents.AddRange(agent);
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }

        var info = recorder.Finish();
        Assert.Same(info, recorder.Finish());
        Assert.Equal(new RecordingInfo("call-42", recorder.FilePath, _time.GetUtcNow() - TimeSpan.FromSeconds(3), _time.GetUtcNow(), TimeSpan.FromSeconds(3), 2, 8000, 24000, false), info);

        var audio = WavReader.Read(recorder.FilePath);
        Assert.Equal(new WavFormat(WavFormat.Pcm, 2, 8000, 16), audio.Format);
        Assert.Equal(callers, audio.Channel(0));
        Assert.Equal(agents, audio.Channel(1));
        Assert.Throws<ObjectDisposedException>(() => recorder.WriteFrame(Frame(1), Frame(2)));
    }

    [Fact]
    public void A_missing_side_is_filled_with_silence()
    {
        string path;
        using (var recorder = CallRecorder.Start(_root, "holds", _utc, _time))
        {
            path = recorder.FilePath;
            recorder.WriteFrame(Frame(1), []);
            recorder.WriteFrame([], Frame(2));
            recorder.WriteFrame(Frame(3), Frame(4, 100));
        }

        var audio = WavReader.Read(path);
        Assert.Equal(480, audio.FrameCount);
        Assert.Equal(Frame(1).Concat(new short[160]).Concat(Frame(3)), audio.Channel(0));
        Assert.Equal(new short[160].Concat(Frame(2)).Concat(Frame(4, 100)).Concat(new short[60]), audio.Channel(1));
    }

    [Fact]
    public void An_abandoned_recording_is_valid_up_to_the_last_header_rewrite()
    {
        var recorder = CallRecorder.Start(_root, "crash", _utc, _time);
        var callers = new List<short>();
        for (var i = 0; i < 125; i++)
        {
            var caller = Frame(i);
            recorder.WriteFrame(caller, caller);
            callers.AddRange(caller);
        }

        // 2.5 s written, never finished: the header covers the 2 s of the last rewrite, and those bytes are in the file.
        var bytes = AudioTestHelpers.ReadWhileOpen(recorder.FilePath);
        Assert.Equal(36u + (16000 * 4), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal(16000u * 4, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)));
        Assert.True(bytes.Length >= 44 + (16000 * 4));
        var audio = WavReader.Read(bytes, recorder.FilePath);
        Assert.Equal(16000, audio.FrameCount);
        Assert.Equal(callers.Take(16000), audio.Channel(0));
        recorder.Dispose();
        Assert.Equal(20000, WavReader.Read(recorder.FilePath).FrameCount);
    }

    [Fact]
    public void The_rewrite_interval_is_configurable()
    {
        using var recorder = CallRecorder.Start(_root, "fast", _utc with { HeaderUpdateInterval = TimeSpan.FromMilliseconds(100), FlushToDisk = true }, _time);
        for (var i = 0; i < 12; i++)
        {
            recorder.WriteFrame(Frame(i), Frame(i));
        }

        Assert.Equal(1600u * 4, BinaryPrimitives.ReadUInt32LittleEndian(AudioTestHelpers.ReadWhileOpen(recorder.FilePath).AsSpan(40)));
    }

    [Fact]
    public void Folders_follow_the_configured_time_zone()
    {
        var china = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
        using var recorder = CallRecorder.Start(_root, "tz", new CallRecorderOptions { TimeZone = china }, _time);
        Assert.Equal(Path.Combine(_root, "2025", "03", "10", "tz.wav"), recorder.FilePath);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void Unsafe_call_ids_are_refused(string callId) =>
        Assert.ThrowsAny<ArgumentException>(() => CallRecorder.Start(_root, callId, _utc, _time));

    [Fact]
    public void An_existing_recording_is_never_overwritten()
    {
        using (CallRecorder.Start(_root, "twice", _utc, _time))
        {
        }

        Assert.Throws<IOException>(() => CallRecorder.Start(_root, "twice", _utc, _time));
    }

    [Fact]
    public void Writing_frames_does_not_allocate()
    {
        using var recorder = CallRecorder.Start(_root, "alloc", _utc, _time);
        var caller = Frame(1);
        var agent = Frame(2);
        for (var i = 0; i < 100; i++)
        {
            recorder.WriteFrame(caller, agent);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++)
        {
            recorder.WriteFrame(caller, agent);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
