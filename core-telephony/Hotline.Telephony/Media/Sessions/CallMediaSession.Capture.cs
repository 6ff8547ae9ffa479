using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>Recording only the caller into its own file: voicemail and messages left in the IVR.</summary>
public sealed partial class CallMediaSession
{
    // About −40 dBFS: quieter frames count as silence when deciding the caller has finished speaking.
    private const double SpeechRms = 330;

    private static readonly short[] SilentFrame = new short[AudioFormat.FrameSamples];

    private Capture? _capture;

    /// <summary>
    /// Records what the caller says into a mono 8 kHz WAV at <paramref name="path"/> until <paramref name="finishKey"/>
    /// is pressed, <paramref name="silenceAfterSpeech"/> of silence follows speech, <paramref name="maxLength"/> is
    /// reached, the token is cancelled or the call ends. Returns the length recorded (the file is deleted when nothing was).
    /// </summary>
    public Task<TimeSpan> CaptureCallerAsync(
        string path, TimeSpan maxLength, char? finishKey, TimeSpan silenceAfterSpeech, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxLength, TimeSpan.Zero);
        Capture capture;
        lock (_lock)
        {
            if (_disposed != 0)
            {
                return Task.FromResult(TimeSpan.Zero);
            }

            if (_capture is not null)
            {
                throw new InvalidOperationException($"call {CallId} is already recording a message");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            capture = new Capture(
                path, WavWriter.Create(path, 1, AudioFormat.SampleRate), AudioFormat.SamplesFor(maxLength), finishKey,
                AudioFormat.SamplesFor(silenceAfterSpeech));
            _capture = capture;
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() =>
            {
                lock (_lock)
                {
                    if (ReferenceEquals(_capture, capture))
                    {
                        EndCapture();
                    }
                }
            });
            _ = capture.Done.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        }

        return capture.Done.Task;
    }

    private void TickCapture()
    {
        if (_capture is not { } capture)
        {
            return;
        }

        while (_digits.Reader.TryRead(out var digit))
        {
            if (digit == capture.FinishKey)
            {
                EndCapture();
                return;
            }
        }

        ReadOnlySpan<short> frame = _caller?.Frame ?? SilentFrame;
        capture.Writer.Write(frame);
        if (capture.Writer.FramesWritten - capture.Writer.FramesInHeader >= AudioFormat.SampleRate)
        {
            capture.Writer.UpdateHeader();
        }

        if (Rms(frame) >= SpeechRms)
        {
            capture.HeardSpeech = true;
            capture.SilentSamples = 0;
        }
        else
        {
            capture.SilentSamples += frame.Length;
        }

        if (capture.Writer.FramesWritten >= capture.MaxSamples
            || (capture.HeardSpeech && capture.SilenceLimit > 0 && capture.SilentSamples >= capture.SilenceLimit))
        {
            EndCapture();
        }
    }

    /// <summary>Closes the capture file; the lock is held.</summary>
    private void EndCapture()
    {
        if (_capture is not { } capture)
        {
            return;
        }

        _capture = null;
        var frames = capture.Writer.FramesWritten;
        capture.Writer.Dispose();
        if (frames == 0)
        {
            File.Delete(capture.Path);
        }

        capture.Done.TrySetResult(AudioFormat.DurationOf(frames));
    }

    private static double Rms(ReadOnlySpan<short> frame)
    {
        double sum = 0;
        foreach (var sample in frame)
        {
            sum += (double)sample * sample;
        }

        return Math.Sqrt(sum / Math.Max(1, frame.Length));
    }

    private sealed class Capture(string path, WavWriter writer, int maxSamples, char? finishKey, int silenceLimit)
    {
        public string Path { get; } = path;

        public WavWriter Writer { get; } = writer;

        public int MaxSamples { get; } = maxSamples;

        public char? FinishKey { get; } = finishKey;

        public int SilenceLimit { get; } = silenceLimit;

        public bool HeardSpeech { get; set; }

        public int SilentSamples { get; set; }

        public TaskCompletionSource<TimeSpan> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
