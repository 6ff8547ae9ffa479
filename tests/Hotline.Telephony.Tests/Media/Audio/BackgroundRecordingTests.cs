using System.Buffers.Binary;
using Hotline.Telephony.Media.Audio;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Media.Audio;

/// <summary>Call recordings written by the shared <see cref="RecordingWriter"/> thread rather than the media clock.</summary>
[Trait("Category", "Integration")]
public sealed class BackgroundRecordingTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly string _root = AudioTestHelpers.TempFolder("bgrec");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 9, 10, 0, 0, TimeSpan.Zero));
    private readonly CallRecorderOptions _utc = new() { TimeZone = TimeZoneInfo.Utc };
    private readonly RecordingWriter _writer = new("test-recording-writer");

    public void Dispose()
    {
        _writer.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private static short[] Frame(int seed, int length = 160) => AudioTestHelpers.RecorderFrame(seed, length);

    [Fact]
    public void Recordings_of_several_calls_read_back_sample_exact()
    {
        var recorders = Enumerable.Range(0, 3).Select(i => CallRecorder.Start(_root, $"call-{i}", _writer, _utc, _time)).ToList();
        var expected = recorders.Select(_ => (Left: new List<short>(), Right: new List<short>())).ToList();
        for (var tick = 0; tick < 130; tick++)
        {
            for (var call = 0; call < recorders.Count; call++)
            {
                // A shorter agent frame now and then: the rest of it is silence.
                var caller = Frame((call * 1000) + tick);
                var agent = tick % 17 == 0 ? Frame((call * 5000) + tick, 100) : Frame((call * 5000) + tick);
                recorders[call].WriteFrame(caller, agent);
                expected[call].Left.AddRange(caller);
                expected[call].Right.AddRange(agent.Concat(new short[160 - agent.Length]));
            }

            _time.Advance(TimeSpan.FromMilliseconds(20));
        }

        for (var call = 0; call < recorders.Count; call++)
        {
            var info = recorders[call].Finish();
            Assert.Equal(130 * 160, info.Frames);
            Assert.Equal(TimeSpan.FromSeconds(2.6), info.Duration);
            var audio = WavReader.Read(recorders[call].FilePath);
            Assert.Equal(expected[call].Left, audio.Channel(0));
            Assert.Equal(expected[call].Right, audio.Channel(1));
        }

        Assert.Equal(0, _writer.Failures);
    }

    [Fact]
    public void The_header_is_rewritten_off_the_callers_thread_every_interval()
    {
        var recorder = CallRecorder.Start(_root, "crash", _writer, _utc, _time);
        var callers = new List<short>();
        for (var i = 0; i < 125; i++)
        {
            var caller = Frame(i);
            recorder.WriteFrame(caller, caller);
            callers.AddRange(caller);
        }

        // 2.5 s recorded, never finished: once the writer is idle the header covers the 2 whole seconds it was handed.
        Assert.True(_writer.WaitUntilIdle(Wait));
        var bytes = AudioTestHelpers.ReadWhileOpen(recorder.FilePath);
        Assert.Equal(36u + (16000 * 4), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal(16000u * 4, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)));
        var audio = WavReader.Read(bytes, recorder.FilePath);
        Assert.Equal(callers.Take(16000), audio.Channel(0));

        // The last half second is still with the recorder; finishing writes it.
        Assert.Equal(20000, recorder.FramesWritten);
        recorder.Dispose();
        Assert.Equal(20000, WavReader.Read(recorder.FilePath).FrameCount);
    }

    [Fact]
    public void Complete_returns_at_once_and_the_file_is_whole_once_closed()
    {
        var recorder = CallRecorder.Start(_root, "split", _writer, _utc, _time);
        for (var i = 0; i < 60; i++)
        {
            recorder.WriteFrame(Frame(i), Frame(i + 1));
        }

        var info = recorder.Complete();
        Assert.True(recorder.IsFinished);
        Assert.Same(info, recorder.Complete());
        Assert.Throws<ObjectDisposedException>(() => recorder.WriteFrame(Frame(1), Frame(2)));
        recorder.WaitUntilClosed();
        Assert.Equal(9600, WavReader.Read(recorder.FilePath).FrameCount);
        Assert.Same(info, recorder.Finish());
    }

    [Fact]
    public void Handing_audio_to_the_writer_does_not_allocate_once_its_pool_is_warm()
    {
        using var recorder = CallRecorder.Start(_root, "alloc", _writer, _utc, _time);
        var caller = Frame(1);
        var agent = Frame(2);
        for (var i = 0; i < 200; i++)
        {
            recorder.WriteFrame(caller, agent);
        }

        // Four chunks went out and came back to the pool; the queue has grown to what it needs.
        Assert.True(_writer.WaitUntilIdle(Wait));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++)
        {
            recorder.WriteFrame(caller, agent);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_recording_finished_after_the_writer_stopped_is_still_closed_whole()
    {
        var writer = new RecordingWriter("test-stopped-writer");
        var recorder = CallRecorder.Start(_root, "late", writer, _utc, _time);
        for (var i = 0; i < 70; i++)
        {
            recorder.WriteFrame(Frame(i), Frame(i));
        }

        writer.Dispose();
        recorder.Finish();
        Assert.Equal(70 * 160, WavReader.Read(recorder.FilePath).FrameCount);
    }
}
