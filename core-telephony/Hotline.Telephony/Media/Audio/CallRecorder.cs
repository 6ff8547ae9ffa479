using System.Globalization;

namespace Hotline.Telephony.Media.Audio;

/// <summary>
/// Records a call as one stereo 8 kHz 16-bit WAV (left = caller, right = agent side) under
/// <c>&lt;root&gt;/yyyy/MM/dd/&lt;callId&gt;.wav</c>, rewriting the header sizes every
/// <see cref="CallRecorderOptions.HeaderUpdateInterval"/> of audio so a crash loses at most that much.
/// </summary>
/// <remarks>Not thread-safe: the call's media clock writes one frame per tick.</remarks>
public sealed class CallRecorder : IDisposable
{
    private const int Channels = 2;

    private readonly WavWriter _writer;
    private readonly TimeProvider _time;
    private readonly bool _flushToDisk;
    private readonly long _updateEveryFrames;
    private readonly short[] _interleaved = new short[2 * AudioFormat.FrameSamples];
    private bool _truncated;
    private RecordingInfo? _info;

    private CallRecorder(string callId, string filePath, WavWriter writer, CallRecorderOptions options, TimeProvider time)
    {
        CallId = callId;
        FilePath = filePath;
        _writer = writer;
        _time = time;
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

    /// <summary>Samples written per channel.</summary>
    public long FramesWritten => _writer.FramesWritten;

    /// <summary>Length of the audio written so far.</summary>
    public TimeSpan Duration => AudioFormat.DurationOf(_writer.FramesWritten);

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

    /// <summary>Creates the folders and the file (which must not exist yet) and starts recording.</summary>
    public static CallRecorder Start(string root, string callId, CallRecorderOptions? options = null, TimeProvider? time = null)
    {
        options ??= new CallRecorderOptions();
        time ??= TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HeaderUpdateInterval, TimeSpan.Zero, nameof(options));
        var path = PathFor(root, callId, time.GetUtcNow(), options.TimeZone);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var writer = WavWriter.Create(path, Channels, AudioFormat.SampleRate);
        return new CallRecorder(callId, path, writer, options, time);
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
            if (count > _writer.FramesRemaining)
            {
                _truncated = true;
                return;
            }

            var buffer = _interleaved.AsSpan(0, count * Channels);
            for (var i = 0; i < count; i++)
            {
                var at = done + i;
                buffer[i * Channels] = at < caller.Length ? caller[at] : (short)0;
                buffer[(i * Channels) + 1] = at < agent.Length ? agent[at] : (short)0;
            }

            _writer.Write(buffer);
            done += count;
        }

        if (_writer.FramesWritten - _writer.FramesInHeader >= _updateEveryFrames)
        {
            _writer.UpdateHeader(_flushToDisk);
        }
    }

    /// <summary>Writes the final sizes, closes the file and returns what was recorded; later calls return the same.</summary>
    public RecordingInfo Finish()
    {
        if (_info is not null)
        {
            return _info;
        }

        var frames = _writer.FramesWritten;
        _writer.Dispose();
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
