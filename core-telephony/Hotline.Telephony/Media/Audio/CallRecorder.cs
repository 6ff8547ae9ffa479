using System.Globalization;

namespace Hotline.Telephony.Media.Audio;

/// <summary>
/// Records a call as one stereo 8 kHz 16-bit WAV (left = caller, right = agent side) under
/// <c>&lt;root&gt;/yyyy/MM/dd/&lt;callId&gt;.wav</c>, rewriting the header sizes every
/// <see cref="CallRecorderOptions.HeaderUpdateInterval"/> of audio so a crash loses at most that much.
/// </summary>
/// <remarks>
/// Not thread-safe: the call's media clock writes one frame per tick. Started with a <see cref="RecordingWriter"/>, the
/// recorder only collects each header interval of audio and hands it to the writer's thread, which writes it and rewrites
/// the header; without one, it writes on the caller's thread.
/// </remarks>
public sealed class CallRecorder : IDisposable
{
    private const int Channels = 2;

    private readonly WavWriter _writer;
    private readonly TimeProvider _time;
    private readonly bool _flushToDisk;
    private readonly long _updateEveryFrames;
    private readonly short[] _interleaved = new short[2 * AudioFormat.FrameSamples];
    private readonly RecordingWriter? _background;
    private readonly long _maxFrames;
    private short[]? _chunk;
    private int _chunkUsed;
    private long _frames;
    private bool _truncated;
    private RecordingInfo? _info;
    private Task? _closed;

    private CallRecorder(string callId, string filePath, WavWriter writer, CallRecorderOptions options, TimeProvider time, RecordingWriter? background)
    {
        CallId = callId;
        FilePath = filePath;
        _writer = writer;
        _time = time;
        _background = background;
        _maxFrames = writer.FramesRemaining;
        _flushToDisk = options.FlushToDisk;
        _updateEveryFrames = Math.Max(1, AudioFormat.SamplesFor(options.HeaderUpdateInterval));
        StartedAt = time.GetUtcNow();
    }

    /// <summary>The call being recorded.</summary>
    public string CallId { get; }

    /// <summary>The WAV file.</summary>
    public string FilePath { get; }

    /// <summary>When recording started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Samples recorded per channel (with a background writer, some may not be on disk yet).</summary>
    public long FramesWritten => _frames;

    /// <summary>Length of the audio recorded so far.</summary>
    public TimeSpan Duration => AudioFormat.DurationOf(_frames);

    /// <summary>True once <see cref="Finish"/> has run.</summary>
    public bool IsFinished => _info is not null;

    /// <summary>The path a call's recording gets under a root, from the call's start time.</summary>
    public static string PathFor(string root, string callId, DateTimeOffset start, TimeZoneInfo? timeZone = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ValidateCallId(callId);
        var local = TimeZoneInfo.ConvertTime(start, timeZone ?? TimeZoneInfo.Local);
        return Path.Combine(
            root,
            local.ToString("yyyy", CultureInfo.InvariantCulture),
            local.ToString("MM", CultureInfo.InvariantCulture),
            local.ToString("dd", CultureInfo.InvariantCulture),
            callId + ".wav");
    }

    /// <summary>Creates the folders and the file (which must not exist yet) and starts recording, writing on the caller's thread.</summary>
    public static CallRecorder Start(string root, string callId, CallRecorderOptions? options = null, TimeProvider? time = null) =>
        Start(root, callId, background: null, options, time);

    /// <summary>
    /// Creates the folders and the file (which must not exist yet) and starts recording; with <paramref name="background"/>,
    /// its thread does the writing.
    /// </summary>
    public static CallRecorder Start(string root, string callId, RecordingWriter? background, CallRecorderOptions? options = null, TimeProvider? time = null)
    {
        options ??= new CallRecorderOptions();
        time ??= TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HeaderUpdateInterval, TimeSpan.Zero, nameof(options));
        var path = PathFor(root, callId, time.GetUtcNow(), options.TimeZone);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Chunks of a whole header interval go out in one write each: a file buffer would only copy them once more.
        var writer = WavWriter.Create(path, Channels, AudioFormat.SampleRate, background is null ? WavWriter.DefaultFileBufferSize : 0);
        return new CallRecorder(callId, path, writer, options, time, background);
    }

    /// <summary>
    /// Appends one frame of each side. A side with no audio this tick (on hold, lost packet, not yet connected) passes an
    /// empty or shorter span and is filled with silence; the frame is as long as the longer side.
    /// </summary>
    public void WriteFrame(ReadOnlySpan<short> caller, ReadOnlySpan<short> agent)
    {
        ObjectDisposedException.ThrowIf(_info is not null, this);
        var length = Math.Max(caller.Length, agent.Length);
        var done = 0;
        while (done < length)
        {
            var count = Math.Min(length - done, AudioFormat.FrameSamples);
            if (count > _maxFrames - _frames)
            {
                _truncated = true;
                return;
            }

            if (_background is not null)
            {
                count = Math.Min(count, (int)(_updateEveryFrames - (_chunkUsed / Channels)));
                _chunk ??= _background.RentChunk((int)_updateEveryFrames * Channels);
                Interleave(caller, agent, done, _chunk.AsSpan(_chunkUsed, count * Channels));
                _chunkUsed += count * Channels;
                if (_chunkUsed == _chunk.Length)
                {
                    _background.Write(_writer, _chunk, _chunkUsed, _flushToDisk);
                    _chunk = null;
                    _chunkUsed = 0;
                }
            }
            else
            {
                var buffer = _interleaved.AsSpan(0, count * Channels);
                Interleave(caller, agent, done, buffer);
                _writer.Write(buffer);
            }

            _frames += count;
            done += count;
        }

        if (_background is null && _writer.FramesWritten - _writer.FramesInHeader >= _updateEveryFrames)
        {
            _writer.UpdateHeader(_flushToDisk);
        }
    }

    private static void Interleave(ReadOnlySpan<short> caller, ReadOnlySpan<short> agent, int from, Span<short> destination)
    {
        var count = destination.Length / Channels;
        for (var i = 0; i < count; i++)
        {
            var at = from + i;
            destination[i * Channels] = at < caller.Length ? caller[at] : (short)0;
            destination[(i * Channels) + 1] = at < agent.Length ? agent[at] : (short)0;
        }
    }

    /// <summary>Writes the final sizes, closes the file and returns what was recorded; later calls return the same.</summary>
    public RecordingInfo Finish()
    {
        var info = Complete();
        WaitUntilClosed();
        return info;
    }

    /// <summary>
    /// Ends the recording and returns what was recorded without waiting for a background writer to close the file
    /// (<see cref="WaitUntilClosed"/> does); later calls return the same.
    /// </summary>
    public RecordingInfo Complete()
    {
        if (_info is not null)
        {
            return _info;
        }

        var frames = _frames;
        if (_background is not null)
        {
            try
            {
                _closed = _background.Close(_writer, _chunk, _chunkUsed);
            }
            catch (ObjectDisposedException)
            {
                // The engine is shutting down: close here rather than lose the file's last audio and header.
                _writer.Write(_chunk.AsSpan(0, _chunkUsed));
                _writer.Dispose();
            }

            _chunk = null;
            _chunkUsed = 0;
        }
        else
        {
            _writer.Dispose();
        }

        _info = new RecordingInfo(
            CallId,
            FilePath,
            StartedAt,
            _time.GetUtcNow(),
            AudioFormat.DurationOf(frames),
            Channels,
            AudioFormat.SampleRate,
            frames,
            _truncated);
        return _info;
    }

    /// <summary>After <see cref="Complete"/>: blocks until the file is closed, its header final.</summary>
    public void WaitUntilClosed() => _closed?.GetAwaiter().GetResult();

    /// <summary>Finishes the recording if it has not been.</summary>
    public void Dispose() => Finish();

    private static void ValidateCallId(string callId)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        // The id becomes a file name: nothing that could climb out of the folder or hide the file.
        if (callId.StartsWith('.') || callId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || callId.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Call id \"{callId}\" cannot be used as a file name.", nameof(callId));
        }
    }
}
