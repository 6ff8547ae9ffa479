using System.Diagnostics;
using System.Net;
using System.Text;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Media.Rtp;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>
/// The platform's media end of one call leg: an RTP/RTCP socket pair, the leg's offer/answer state, a jitter buffer
/// and G.711 codec for what it hears and says, and DTMF in (RFC 4733, SIP INFO, in-band) and out (RFC 4733).
/// </summary>
/// <remarks>
/// Packets arrive on the RTP receive loop and go into the jitter buffer; the media clock pulls one decoded frame per
/// 20 ms with <see cref="ReadFrame"/> and sends one with <see cref="WriteFrame"/>. Negotiation happens on the
/// signalling side; its results are swapped in under a lock the clock also takes.
/// </remarks>
public sealed class MediaEndpoint : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly RtpSession _rtp;
    private readonly LocalSdpSession _sdpSession;
    private readonly MediaEngine _engine;
    private readonly JitterBuffer _jitter;
    private readonly byte[] _payload;
    private readonly byte[] _encoded = new byte[AudioFormat.FrameSamples];
    private readonly byte[] _eventPayload = new byte[TelephoneEvent.Size];
    private readonly TelephoneEventSender _eventSender = new();
    private readonly Queue<char> _digitsToSend = new();
    private readonly DtmfToneDetector _inband = new();
    private readonly LocalAudioEndpoint _local;
    private SessionDescription? _pendingOffer;
    private NegotiatedAudio? _audio;
    private TelephoneEventReceiver? _events;
    private int _codecPayloadType = -1;
    private bool _alaw;
    private long _lastPacketAt;
    private long _wrongPayloadType;
    private int _answered;
    private int _disposed;

    internal MediaEndpoint(MediaEngine engine, RtpSession rtp, string name)
    {
        _engine = engine;
        _rtp = rtp;
        Name = name;
        _jitter = new JitterBuffer(engine.Options.Jitter);
        _payload = new byte[_jitter.MaxPayloadSize];
        _local = new LocalAudioEndpoint(engine.Options.LocalAddress, rtp.LocalRtpEndPoint.Port)
        {
            RtcpPort = rtp.LocalRtcpEndPoint.Port,
        };
        _sdpSession = new LocalSdpSession(engine.Options.LocalAddress);
        _lastPacketAt = Stopwatch.GetTimestamp();
        _rtp.PacketReceived += OnPacket;
        _rtp.Start();
    }

    /// <summary>Raised for every DTMF digit the peer sends, however it was sent. Raised on a media thread; do not block.</summary>
    public event Action<MediaEndpoint, char, DtmfSource>? DigitReceived;

    /// <summary>A name for logs (the party and call).</summary>
    public string Name { get; }

    /// <summary>Our RTP address and port.</summary>
    public IPEndPoint LocalRtpEndPoint => _rtp.LocalRtpEndPoint;

    /// <summary>What the last offer/answer exchange settled (null before one completed).</summary>
    public NegotiatedAudio? Negotiated
    {
        get
        {
            lock (_lock)
            {
                return _audio;
            }
        }
    }

    /// <summary>True when the peer's last description put us on hold.</summary>
    public bool RemoteHold => Negotiated?.RemoteHold ?? false;

    /// <summary>True when we sent an offer and wait for its answer.</summary>
    public bool HasPendingOffer
    {
        get
        {
            lock (_lock)
            {
                return _pendingOffer is not null;
            }
        }
    }

    /// <summary>True once the peer's RTP has been latched (it sends from where we expect).</summary>
    public bool HasMedia => _rtp.IsLatched;

    /// <summary>True once the leg is answered: only from then on does a peer that sends no RTP count against the media timeout.</summary>
    public bool IsAnswered => Volatile.Read(ref _answered) != 0;

    /// <summary>How long since the last RTP packet arrived (since the endpoint opened when none has).</summary>
    public TimeSpan SinceLastPacket => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastPacketAt));

    /// <summary>Packets dropped because their payload type was neither the codec nor telephone-event.</summary>
    public long WrongPayloadTypePackets => Interlocked.Read(ref _wrongPayloadType);

    /// <summary>Turns in-band tone detection on (for peers without telephone-event); on automatically when none was negotiated.</summary>
    public bool InBandDtmf { get; set; }

    /// <summary>Answers the peer's offer; throws <see cref="SdpNegotiationException"/> when no audio stream can be accepted.</summary>
    public byte[] AnswerOffer(ReadOnlyMemory<byte> offer)
    {
        var description = Parse(offer, "offer");
        lock (_lock)
        {
            var result = SdpAnswerer.Answer(description, _local, _sdpSession);
            if (result.Audio is null)
            {
                throw new SdpNegotiationException(
                    $"{Name}: the offer has no audio stream with a codec we support (PCMU, PCMA) over plain RTP");
            }

            _pendingOffer = null;
            Apply(result.Audio);
            return SdpSerializer.SerializeToUtf8(result.Answer);
        }
    }

    /// <summary>Makes our offer (sent in an INVITE, or in a 2xx to an INVITE that had none).</summary>
    public byte[] CreateOffer()
    {
        lock (_lock)
        {
            _pendingOffer = SdpOfferBuilder.Build(_local, _sdpSession);
            return SdpSerializer.SerializeToUtf8(_pendingOffer);
        }
    }

    /// <summary>Takes the peer's answer to our offer; throws <see cref="SdpNegotiationException"/> when it rejects audio or does not fit.</summary>
    public void AcceptAnswer(ReadOnlyMemory<byte> answer)
    {
        var description = Parse(answer, "answer");
        lock (_lock)
        {
            var offer = _pendingOffer ?? throw new SdpNegotiationException($"{Name}: an answer arrived but no offer of ours is outstanding");
            var audio = SdpAnswerProcessor.Process(offer, description)
                ?? throw new SdpNegotiationException($"{Name}: the peer rejected the audio stream (port 0)");
            _pendingOffer = null;
            Apply(audio);
            Volatile.Write(ref _answered, 1);
        }
    }

    /// <summary>The leg is answered (we sent the 2xx): the peer should send RTP from now on, so the silence clock starts now.</summary>
    internal void MarkAnswered()
    {
        // Phones send nothing while they ring; counting that silence would end calls the application let ring.
        Interlocked.Exchange(ref _lastPacketAt, Stopwatch.GetTimestamp());
        Volatile.Write(ref _answered, 1);
    }

    /// <summary>Queues digits to send to the peer as RFC 4733 events (ignored when the peer negotiated none).</summary>
    public bool SendDigits(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        lock (_lock)
        {
            if (_audio?.TelephoneEvent is null)
            {
                return false;
            }

            foreach (var digit in digits)
            {
                if (!DtmfDigits.IsDigit(digit))
                {
                    throw new ArgumentException($"'{digit}' is not a DTMF digit (0-9, *, #, A-D)", nameof(digits));
                }

                _digitsToSend.Enqueue(digit);
            }

            return true;
        }
    }

    /// <summary>A digit that came by SIP INFO on this leg's dialog.</summary>
    public void ReceiveInfoDigit(char digit) => DigitReceived?.Invoke(this, digit, DtmfSource.SipInfo);

    /// <summary>Loss, jitter and packet counts of this leg so far.</summary>
    public RtpQualityReport GetQualityReport() => _rtp.GetQualityReport();

    /// <summary>Jitter-buffer counters (late, lost, concealed frames).</summary>
    public JitterBufferStatistics GetJitterStatistics() => _jitter.GetStatistics();

    /// <summary>Pulls the next 20 ms the peer said, decoded; false (and silence) when there is no frame this tick.</summary>
    internal bool ReadFrame(Span<short> pcm)
    {
        var hasFrame = _jitter.TryGetNextFrame(_payload, out var frame) && frame.Status == JitterFrameStatus.Frame;
        bool alaw;
        int codec;
        TelephoneEventReceiver? events;
        bool inband;
        Span<char> digits = stackalloc char[8];
        var count = 0;
        lock (_lock)
        {
            alaw = _alaw;
            codec = _codecPayloadType;
            events = _events;
            inband = InBandDtmf || (_audio is not null && _audio.ReceiveTelephoneEventPayloadType is null);
            events?.Poll();
            while (count < digits.Length && events is not null && events.TryReadDigit(out var digit))
            {
                digits[count++] = digit.Digit;
            }
        }

        foreach (var digit in digits[..count])
        {
            DigitReceived?.Invoke(this, digit, DtmfSource.Rfc4733);
        }

        if (!hasFrame || frame.PayloadType != codec)
        {
            pcm.Clear();
            return false;
        }

        var length = Math.Min(frame.Length, pcm.Length);
        if (alaw)
        {
            ALaw.Decode(_payload.AsSpan(0, length), pcm);
        }
        else
        {
            MuLaw.Decode(_payload.AsSpan(0, length), pcm);
        }

        pcm[length..].Clear();
        if (inband)
        {
            _inband.Process(pcm);
            while (_inband.TryReadDigit(out var tone))
            {
                DigitReceived?.Invoke(this, tone.Digit, DtmfSource.InBand);
            }
        }

        return true;
    }

    /// <summary>Sends the next 20 ms to the peer (or a telephone-event packet while a digit is being sent).</summary>
    internal void WriteFrame(ReadOnlySpan<short> pcm)
    {
        int codec;
        bool alaw;
        bool canSend;
        int? eventPayloadType;
        lock (_lock)
        {
            codec = _codecPayloadType;
            alaw = _alaw;
            canSend = _audio is { CanSend: true };
            eventPayloadType = _audio?.TelephoneEvent?.PayloadType;
            if (canSend && eventPayloadType is not null && !_eventSender.IsSending && _digitsToSend.TryDequeue(out var digit))
            {
                _eventSender.Start(digit, _rtp.NextTimestamp, _engine.Options.DtmfDuration);
            }
        }

        if (!canSend || codec < 0)
        {
            _rtp.AdvanceTimestamp(AudioFormat.FrameSamples);
            return;
        }

        if (eventPayloadType is { } te && _eventSender.IsSending)
        {
            // RFC 4733 §2.5.1.2: while an event is sent, its packets replace the audio of the same time span.
            var now = _rtp.NextTimestamp;
            while (_eventSender.TryGetPacket(now, out var packet))
            {
                packet.Event.WriteTo(_eventPayload);
                _rtp.SendAt(_eventPayload, (byte)te, packet.Timestamp, packet.Marker);
            }

            _rtp.AdvanceTimestamp(AudioFormat.FrameSamples);
            return;
        }

        if (alaw)
        {
            ALaw.Encode(pcm, _encoded);
        }
        else
        {
            MuLaw.Encode(pcm, _encoded);
        }

        _rtp.Send(_encoded, (byte)codec, AudioFormat.FrameSamples);
    }

    private void Apply(NegotiatedAudio audio)
    {
        // A new description (e.g. resuming from hold) restarts the silence clock: the peer may only now start sending.
        Interlocked.Exchange(ref _lastPacketAt, Stopwatch.GetTimestamp());
        _audio = audio;
        _codecPayloadType = audio.Codec.PayloadType;
        _alaw = audio.Codec.Is("PCMA", 8000);
        if (audio.ReceiveTelephoneEventPayloadType is { } te)
        {
            if (_events is null)
            {
                _events = new TelephoneEventReceiver(te);
            }
            else
            {
                _events.PayloadType = te;
            }
        }
        else
        {
            _events = null;
        }

        // c=0.0.0.0 or a host name gives no endpoint: keep sending nowhere rather than to a stale address.
        _rtp.SetRemote(audio.RemoteRtpEndPoint, audio.RtcpMux ? audio.RemoteRtpEndPoint : audio.RemoteRtcpEndPoint);
    }

    private void OnPacket(RtpSession session, in RtpReceivedPacket received)
    {
        Interlocked.Exchange(ref _lastPacketAt, Stopwatch.GetTimestamp());
        var packet = received.Packet;
        TelephoneEventReceiver? events;
        int codec;
        lock (_lock)
        {
            events = _events;
            codec = _codecPayloadType;
            if (events is not null && events.Receive(packet.PayloadType, packet.Timestamp, packet.Marker, packet.Payload))
            {
                return;
            }
        }

        if (packet.PayloadType != codec)
        {
            // Comfort noise, a codec the peer never negotiated, or garbage: counted, never played.
            Interlocked.Increment(ref _wrongPayloadType);
            return;
        }

        _jitter.Put(packet);
    }

    private SessionDescription Parse(ReadOnlyMemory<byte> sdp, string what)
    {
        if (sdp.IsEmpty)
        {
            throw new SdpNegotiationException($"{Name}: the {what} has no session description");
        }

        if (!SdpParser.TryParse(Encoding.UTF8.GetString(sdp.Span), out var description, out var error) || description is null)
        {
            throw new SdpNegotiationException($"{Name}: the {what} is not valid SDP: {error}");
        }

        return description;
    }

    /// <summary>Closes the sockets and returns the ports.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _rtp.PacketReceived -= OnPacket;
        await _rtp.DisposeAsync();
        _engine.OnEndpointClosed();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({LocalRtpEndPoint})";
}
