using System.Globalization;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Audio;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>The IVR's view of an anchored call: prompts and TTS into the call, the caller's digits out, voicemail capture.</summary>
public sealed class CallIvrChannel : IIvrChannel
{
    private static readonly TimeSpan BeepLength = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan SilenceAfterSpeech = TimeSpan.FromSeconds(5);

    private readonly CallMediaSession _session;
    private readonly MediaEngine _engine;
    private int _messages;

    /// <summary>Wraps a call's media session for the IVR engine.</summary>
    public CallIvrChannel(MediaEngine engine, CallMediaSession session)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _session = session ?? throw new ArgumentNullException(nameof(session));
    }

    /// <inheritdoc />
    public async Task PlayAsync(IvrPrompt prompt, bool interruptible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        cancellationToken.ThrowIfCancellationRequested();
        IAudioSource source;
        try
        {
            source = await ResolveAsync(prompt, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or TtsException or InvalidOperationException or WavFormatException)
        {
            // A broken prompt must not break the call: the caller hears a short pause and the flow goes on.
            _engine.Logger.LogError("Call {CallId}: prompt {Prompt} cannot be played: {Reason}", _session.CallId, prompt.File ?? prompt.Say, ex.Message);
            source = AudioSources.Silence(TimeSpan.FromMilliseconds(300));
        }

        await _session.PlayAsync(source, interruptible, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <inheritdoc />
    public async Task<CollectedDigits> CollectDigitsAsync(DigitCollectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var digits = new System.Text.StringBuilder();
        var timeout = request.FirstDigitTimeout;
        while (digits.Length < request.MaxDigits)
        {
            var digit = await NextDigitAsync(timeout, cancellationToken);
            if (digit is not { } pressed)
            {
                return new CollectedDigits(digits.ToString(), DigitCollectStatus.Timeout);
            }

            if (pressed == request.Terminator)
            {
                return new CollectedDigits(digits.ToString(), DigitCollectStatus.Terminator);
            }

            digits.Append(pressed);
            timeout = request.InterDigitTimeout;
        }

        return new CollectedDigits(digits.ToString(), DigitCollectStatus.MaxDigits);
    }

    /// <inheritdoc />
    public void DiscardBufferedDigits() => _session.DiscardDigits();

    /// <inheritdoc />
    public async Task<IvrRecording?> RecordAsync(RecordRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Beep)
        {
            await _session.PlayAsync(AudioSources.Tone(1000, BeepLength), stopOnDigit: false, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        _session.DiscardDigits();
        var path = MessagePath();
        var length = await _session.CaptureCallerAsync(path, request.MaxLength, request.FinishKey, SilenceAfterSpeech, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return length > TimeSpan.Zero ? new IvrRecording(path, length) : null;
    }

    private async Task<IAudioSource> ResolveAsync(IvrPrompt prompt, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(prompt.File))
        {
            return _engine.LoadPrompt(prompt.File);
        }

        var tts = _engine.Tts ?? throw new InvalidOperationException("text-to-speech is not configured (espeak-ng)");
        return await AudioSources.FromTextAsync(tts, prompt.Say!, cancellationToken);
    }

    private async Task<char?> NextDigitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_session.CallerDigits.TryRead(out var ready))
        {
            return ready;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            return await _session.CallerDigits.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The call ended: the caller is gone.
            throw new OperationCanceledException($"call {_session.CallId} ended while waiting for digits");
        }
    }

    private string MessagePath()
    {
        var root = _engine.Options.VoicemailRoot
            ?? (_engine.Options.RecordingsRoot is { } recordings ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(recordings))!, "voicemail") : Path.GetTempPath());
        // Messages are filed like recordings: <root>/yyyy/MM/dd/<callId>-<n>.wav.
        var time = _engine.Options.TimeProvider;
        var number = Interlocked.Increment(ref _messages);
        return CallRecorder.PathFor(
            root, string.Create(CultureInfo.InvariantCulture, $"{_session.CallId}-{number}"), time.GetUtcNow(), time.LocalTimeZone);
    }
}
