using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>What the platform plays into the call: prompts, TTS, tones. Heard by every party and recorded on the agent side.</summary>
public sealed partial class CallMediaSession
{
    /// <summary>
    /// Plays <paramref name="source"/> into the call, replacing anything still playing. Completes with true when it
    /// played to the end, false when it was stopped: a new play, <see cref="StopPlayback"/>, the call ending, the token,
    /// or — with <paramref name="stopOnDigit"/> — a digit the caller pressed (also one already buffered).
    /// </summary>
    public Task<bool> PlayAsync(IAudioSource source, bool stopOnDigit = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Playback playback;
        lock (_lock)
        {
            if (_disposed != 0 || (stopOnDigit && _digits.Reader.Count > 0))
            {
                return Task.FromResult(false);
            }

            _playback?.Done.TrySetResult(false);
            _player ??= _mixer.Add("platform");
            playback = new Playback(source, stopOnDigit);
            _playback = playback;
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => Stop(playback));
            _ = playback.Done.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        }

        return playback.Done.Task;
    }

    /// <summary>True while something plays.</summary>
    public bool IsPlaying
    {
        get
        {
            lock (_lock)
            {
                return _playback is not null;
            }
        }
    }

    /// <summary>Stops what plays (its task completes with false).</summary>
    public void StopPlayback()
    {
        lock (_lock)
        {
            if (_playback is { } playback)
            {
                Stop(playback);
            }
        }
    }

    private void Stop(Playback playback)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_playback, playback))
            {
                _playback = null;
            }
        }

        playback.Done.TrySetResult(false);
    }

    private void TickPlayback()
    {
        if (_player is null)
        {
            return;
        }

        if (_playback is not { } playback)
        {
            _player.SubmitMissing();
            return;
        }

        if (playback.StopOnDigit && _digits.Reader.Count > 0)
        {
            _playback = null;
            playback.Done.TrySetResult(false);
            _player.SubmitMissing();
            return;
        }

        if (!playback.Source.ReadFrame(_playerFrame))
        {
            _playback = null;
            playback.Done.TrySetResult(true);
            _player.SubmitMissing();
            return;
        }

        _player.Submit(_playerFrame);
    }

    private sealed class Playback(IAudioSource source, bool stopOnDigit)
    {
        public IAudioSource Source { get; } = source;

        public bool StopOnDigit { get; } = stopOnDigit;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
