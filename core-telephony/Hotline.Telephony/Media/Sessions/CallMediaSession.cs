using System.Threading.Channels;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Mixing;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>
/// The audio of one call: the legs' endpoints joined in a conference mixer, what the platform plays into it (prompts,
/// TTS, tones), the stereo call recording, voicemail capture and the caller's DTMF buffer for the IVR.
/// </summary>
/// <remarks>
/// The media clock calls <see cref="Tick"/> every 20 ms; signalling changes membership and roles between ticks.
/// Both take the session's lock, so a tick always sees a consistent call.
/// </remarks>
public sealed partial class CallMediaSession : IDisposable
{
    /// <summary>Digits the caller may type ahead before the oldest are dropped (someone leaning on the keypad).</summary>
    public const int DigitBufferSize = 64;

    private readonly Lock _lock = new();

    // Serialises StartRecording, whose file creation must not happen under _lock (the media clock takes it every tick).
    private readonly Lock _recordingStart = new();
    private readonly MediaEngine _engine;
    private readonly ConferenceMixer _mixer = new();
    private readonly ConferenceRecordingChannels _channels;
    private readonly List<Member> _members = [];
    private readonly Channel<char> _digits = Channel.CreateBounded<char>(
        new BoundedChannelOptions(DigitBufferSize) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly short[] _playerFrame = new short[AudioFormat.FrameSamples];
    private MixerParticipant? _player;
    private Playback? _playback;
    private CallRecorder? _recorder;
    private Member? _caller;
    private int _disposed;
    private int _ticks;
    private int _timedOut;

    internal CallMediaSession(MediaEngine engine, string callId)
    {
        _engine = engine;
        CallId = callId;
        _channels = new ConferenceRecordingChannels(_mixer, null);
    }

    /// <summary>Raised for each DTMF digit any party sends (the caller's also go to the IVR buffer). Do not block.</summary>
    public event Action<CallMediaSession, MediaEndpoint, char, DtmfSource>? DigitReceived;

    /// <summary>Raised once when a party that should send RTP has sent none for <see cref="MediaTimeout"/>. Do not block.</summary>
    public event Action<MediaEndpoint>? MediaTimedOut;

    /// <summary>How long a party may send no RTP (unless it holds the call) before <see cref="MediaTimedOut"/>; null never.</summary>
    public TimeSpan? MediaTimeout { get; set; }

    /// <summary>The platform's id of the call.</summary>
    public string CallId { get; }

    /// <summary>The caller's endpoint (left channel of the recording, source of IVR digits), once set.</summary>
    public MediaEndpoint? Caller => _caller?.Endpoint;

    /// <summary>The endpoints in the call.</summary>
    public IReadOnlyList<MediaEndpoint> Endpoints
    {
        get
        {
            lock (_lock)
            {
                return [.. _members.Select(m => m.Endpoint)];
            }
        }
    }

    /// <summary>The recording in progress, if any.</summary>
    public string? RecordingPath => _recorder?.FilePath;

    /// <summary>Digits of the caller buffered and not yet taken by the IVR.</summary>
    public ChannelReader<char> CallerDigits => _digits.Reader;

    /// <summary>Joins an endpoint to the call's audio with a role (a normal party, a silent listener…).</summary>
    public void Attach(MediaEndpoint endpoint, ParticipantRole role = ParticipantRole.Normal)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        lock (_lock)
        {
            if (Find(endpoint) is not null)
            {
                return;
            }

            var participant = _mixer.Add(endpoint.Name, role == ParticipantRole.Whisper ? ParticipantRole.Listen : role);
            _members.Add(new Member(endpoint, participant));
            endpoint.DigitReceived += OnDigit;
        }
    }

    /// <summary>Makes <paramref name="endpoint"/> (attached first if needed) the caller: left channel, IVR digits.</summary>
    public void SetCaller(MediaEndpoint endpoint)
    {
        Attach(endpoint);
        lock (_lock)
        {
            _caller = Find(endpoint);
            _channels.Caller = _caller!.Participant;
        }
    }

    /// <summary>Takes an endpoint out of the call's audio (it hangs up, or moves to another call); false if it was not in.</summary>
    public bool Detach(MediaEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        lock (_lock)
        {
            if (Find(endpoint) is not { } member)
            {
                return false;
            }

            endpoint.DigitReceived -= OnDigit;
            _mixer.Remove(member.Participant);
            _members.Remove(member);
            if (ReferenceEquals(member, _caller))
            {
                _caller = null;
                _channels.Caller = null;
            }

            return true;
        }
    }

    /// <summary>Changes what a party hears and who hears it; a whisperer is heard only by <paramref name="whisperTo"/>.</summary>
    public void SetRole(MediaEndpoint endpoint, ParticipantRole role, MediaEndpoint? whisperTo = null)
    {
        lock (_lock)
        {
            var member = Find(endpoint) ?? throw new InvalidOperationException($"{endpoint} is not in call {CallId}");
            if (role == ParticipantRole.Whisper)
            {
                var target = whisperTo is null ? null : Find(whisperTo);
                member.Participant.WhisperTo(target?.Participant
                    ?? throw new InvalidOperationException($"call {CallId}: whisper needs a target party in the call"));
            }
            else if (role == ParticipantRole.OnHold)
            {
                member.Participant.PutOnHold();
            }
            else
            {
                member.Participant.SetRole(role);
            }
        }
    }

    /// <summary>Puts a party on hold: it hears music on hold (or silence) and nobody hears it.</summary>
    public void Hold(MediaEndpoint endpoint, bool withMusic)
    {
        lock (_lock)
        {
            var member = Find(endpoint) ?? throw new InvalidOperationException($"{endpoint} is not in call {CallId}");
            member.Participant.PutOnHold(withMusic ? _engine.CreateMusicOnHold() : null);
        }
    }

    /// <summary>Takes a party off hold (back to a normal party).</summary>
    public void Resume(MediaEndpoint endpoint) => SetRole(endpoint, ParticipantRole.Normal);

    /// <summary>The role a party has now (null when it is not in the call).</summary>
    public ParticipantRole? RoleOf(MediaEndpoint endpoint)
    {
        lock (_lock)
        {
            return Find(endpoint)?.Participant.Role;
        }
    }

    /// <summary>Starts the stereo recording (left caller, right agent side) when the engine records; idempotent.</summary>
    public void StartRecording()
    {
        lock (_recordingStart)
        {
            string root;
            lock (_lock)
            {
                if (_recorder is not null || _engine.Options.RecordingsRoot is not { } configured || _disposed != 0)
                {
                    return;
                }

                root = configured;
            }

            var recorder = CallRecorder.Start(root, CallId, _engine.RecordingWriter, new CallRecorderOptions(), _engine.Options.TimeProvider);
            lock (_lock)
            {
                if (_disposed == 0)
                {
                    _recorder = recorder;
                    return;
                }
            }

            // The call ended while the file was being created: close it empty rather than leave it open.
            recorder.Finish();
        }
    }

    /// <summary>Finishes the recording; null when the call was never recorded.</summary>
    public RecordingInfo? FinishRecording()
    {
        CallRecorder? recorder;
        RecordingInfo? info;
        lock (_lock)
        {
            recorder = _recorder;
            info = recorder?.Complete();
        }

        // Outside the lock: the media clock must not wait for the recording writer to close the file.
        recorder?.WaitUntilClosed();
        return info;
    }

    /// <summary>Drops the caller's buffered digits.</summary>
    public void DiscardDigits()
    {
        while (_digits.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>One 20 ms step: read every party, play, mix, send, record.</summary>
    internal void Tick()
    {
        lock (_lock)
        {
            if (_disposed != 0)
            {
                return;
            }

            foreach (var member in _members)
            {
                if (member.Endpoint.ReadFrame(member.Frame))
                {
                    member.Participant.Submit(member.Frame);
                }
                else
                {
                    member.Participant.SubmitMissing();
                }
            }

            TickPlayback();
            TickCapture();
            _mixer.Mix();
            foreach (var member in _members)
            {
                member.Endpoint.WriteFrame(member.Participant.Output);
            }

            if (_recorder is { IsFinished: false } recorder)
            {
                _channels.Render();
                recorder.WriteFrame(_channels.Left, _channels.Right);
            }

            // Once a second is often enough to notice a silent peer.
            if (++_ticks % 50 == 0)
            {
                CheckMediaTimeout();
            }
        }
    }

    private void CheckMediaTimeout()
    {
        if (MediaTimeout is not { } timeout || _timedOut != 0)
        {
            return;
        }

        foreach (var member in _members)
        {
            var endpoint = member.Endpoint;
            if (endpoint.IsAnswered && endpoint.Negotiated is { CanReceive: true, RemoteHold: false } && endpoint.SinceLastPacket > timeout)
            {
                _timedOut = 1;
                ThreadPool.QueueUserWorkItem(e => MediaTimedOut?.Invoke(e), endpoint, preferLocal: false);
                return;
            }
        }
    }

    private void OnDigit(MediaEndpoint endpoint, char digit, DtmfSource source)
    {
        if (ReferenceEquals(endpoint, _caller?.Endpoint))
        {
            _digits.Writer.TryWrite(digit);
        }

        DigitReceived?.Invoke(this, endpoint, digit, source);
    }

    private Member? Find(MediaEndpoint endpoint) => _members.Find(m => ReferenceEquals(m.Endpoint, endpoint));

    /// <summary>Stops what plays, ends a capture, finishes the recording and leaves the media clock. Endpoints stay open (their legs own them).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            _playback?.Done.TrySetResult(false);
            _playback = null;
            EndCapture();
            _recorder?.Complete();
            foreach (var member in _members)
            {
                member.Endpoint.DigitReceived -= OnDigit;
            }

            _members.Clear();
        }

        _digits.Writer.TryComplete();
        _engine.OnSessionClosed(this);
        _recorder?.WaitUntilClosed();
    }

    private sealed class Member(MediaEndpoint endpoint, MixerParticipant participant)
    {
        public MediaEndpoint Endpoint { get; } = endpoint;

        public MixerParticipant Participant { get; } = participant;

        public short[] Frame { get; } = new short[AudioFormat.FrameSamples];
    }
}
