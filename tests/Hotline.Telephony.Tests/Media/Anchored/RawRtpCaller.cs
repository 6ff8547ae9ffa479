using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// A caller's media as a phone sends it, from a bare UDP socket on loopback: a G.711 µ-law frame every 20 ms (silence or
/// a looped sound when nothing else is queued), RFC 4733 digits, and the faults a test asks for — a bad network, other
/// payload types, garbage, packets from another address. sipp carries the signalling and offers this socket's port.
/// </summary>
internal sealed class RawRtpCaller : IAsyncDisposable
{
    /// <summary>The telephone-event payload type this caller offers (when it offers one).</summary>
    public const byte TelephoneEventPayloadType = 101;

    private static readonly long TickUnits = Stopwatch.Frequency / 50;

    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly ConcurrentQueue<Item> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<IPEndPoint> _platform = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly byte[] _packet = new byte[1500];
    private readonly byte[] _payload = new byte[AudioFormat.FrameSamples];
    private readonly short[] _frame = new short[AudioFormat.FrameSamples];
    private readonly Task _receiving;
    private Task _sending = Task.CompletedTask;
    private ushort _sequence = 4000;
    private uint _timestamp = 160_000;
    private short[] _idle = new short[AudioFormat.FrameSamples];
    private int _idlePosition;
    private Item? _current;
    private RtpImpairment? _impairment;
    private byte[]? _heldBack;
    private long _fromPlatform;

    public RawRtpCaller()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
        _receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>The port the caller's SDP offers (and sends from).</summary>
    public int Port { get; }

    /// <summary>The caller's SSRC.</summary>
    public uint Ssrc { get; } = 0x5EED_1234;

    /// <summary>RTP packets the platform sent to this caller.</summary>
    public long PacketsFromPlatform => Interlocked.Read(ref _fromPlatform);

    /// <summary>Waits for the platform's first RTP packet and returns where it came from (the platform's RTP address).</summary>
    public Task<IPEndPoint> WaitForPlatformAsync(TimeSpan timeout) => _platform.Task.WaitAsync(timeout, TestContext.Current.CancellationToken);

    /// <summary>Starts the 20 ms frames towards the platform (whose address must be known).</summary>
    public void StartSending()
    {
        var platform = _platform.Task.IsCompletedSuccessfully
            ? _platform.Task.Result
            : throw new InvalidOperationException("the platform has not sent RTP yet; wait for it first");
        _sending = Task.Run(() => SendLoopAsync(platform));
    }

    /// <summary>What the caller sends when nothing is queued, looped (silence when null).</summary>
    public void Idle(short[]? pcm)
    {
        lock (_lock)
        {
            _idle = pcm is { Length: > 0 } ? pcm : new short[AudioFormat.FrameSamples];
            _idlePosition = 0;
        }
    }

    /// <summary>From now on every packet the caller sends crosses <paramref name="impairment"/> (null: a clean network again).</summary>
    public void Impair(RtpImpairment? impairment)
    {
        lock (_lock)
        {
            _impairment = impairment;
        }
    }

    /// <summary>Queues audio (µ-law encoded, labelled <paramref name="payloadType"/>); completes when its last frame is sent.</summary>
    public Task SendAudioAsync(short[] pcm, byte payloadType = 0) => Enqueue(new AudioItem(pcm, payloadType));

    /// <summary>Queues a key press as RFC 4733 events: start, updates every 20 ms, three end packets.</summary>
    public Task SendDigitAsync(char digit, TimeSpan duration) => Enqueue(new DigitItem(digit, duration));

    /// <summary>Queues <paramref name="count"/> separate presses of <paramref name="digit"/> squeezed into <paramref name="within"/>.</summary>
    public Task SendDigitBurstAsync(char digit, int count, TimeSpan within) => Enqueue(new BurstItem(digit, count, within));

    /// <summary>Sends a datagram to the platform's RTP port (or its RTCP port) at once, outside the 20 ms stream.</summary>
    public void SendRaw(ReadOnlySpan<byte> datagram, bool toRtcp = false)
    {
        var platform = _platform.Task.Result;
        lock (_lock)
        {
            _socket.SendTo(datagram, SocketFlags.None, toRtcp ? new IPEndPoint(platform.Address, platform.Port + 1) : platform);
        }
    }

    /// <summary>Sends <paramref name="pcm"/> as valid RTP from another port of the same host (an intruder, or a stale stream).</summary>
    public void SendFromAnotherSource(short[] pcm)
    {
        var platform = _platform.Task.Result;
        using var intruder = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        intruder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var buffer = new byte[RtpPacketWriter.GetSize(AudioFormat.FrameSamples)];
        var payload = new byte[AudioFormat.FrameSamples];
        for (var i = 0; i * AudioFormat.FrameSamples < pcm.Length; i++)
        {
            var frame = pcm.AsSpan(i * AudioFormat.FrameSamples, Math.Min(AudioFormat.FrameSamples, pcm.Length - (i * AudioFormat.FrameSamples)));
            payload.AsSpan().Fill(MuLaw.Silence);
            MuLaw.Encode(frame, payload);
            var header = new RtpHeader(0, (ushort)(7000 + i), (uint)(900_000 + (i * AudioFormat.FrameSamples)), 0xBAD0_0001);
            RtpPacketWriter.TryWrite(buffer, header, payload, out var length);
            intruder.SendTo(buffer.AsSpan(0, length), SocketFlags.None, platform);
        }
    }

    private Task Enqueue(Item item)
    {
        _script.Enqueue(item);
        return item.Done.Task;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[2048];
        var from = new IPEndPoint(IPAddress.Any, 0);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, from, _stop.Token);
                if (RtpPacketView.Parse(buffer.AsSpan(0, received.ReceivedBytes), out _) == RtpParseStatus.Ok)
                {
                    Interlocked.Increment(ref _fromPlatform);
                    _platform.TrySetResult((IPEndPoint)received.RemoteEndPoint);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                // ICMP from a port that closed (the platform's RTCP after the call): keep listening until disposed.
            }
        }
    }

    private async Task SendLoopAsync(IPEndPoint platform)
    {
        var start = Stopwatch.GetTimestamp();
        long tick = 0;
        while (!_stop.IsCancellationRequested)
        {
            var due = start + (tick * TickUnits);
            var now = Stopwatch.GetTimestamp();
            if (now - due > 5 * TickUnits)
            {
                // A stalled machine: carry on from now instead of bursting the backlog.
                start = now - (tick * TickUnits);
                due = now;
            }

            var wait = (due - now) * 1000 / Stopwatch.Frequency;
            if (wait > 1)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(wait), _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            SendTick(platform);
            tick++;
        }
    }

    private void SendTick(IPEndPoint platform)
    {
        lock (_lock)
        {
            if (_current is null && !_script.TryDequeue(out _current))
            {
                for (var i = 0; i < _frame.Length; i++)
                {
                    _frame[i] = _idle[_idlePosition];
                    _idlePosition = (_idlePosition + 1) % _idle.Length;
                }

                SendAudioFrame(platform, _frame, 0);
            }
            else if (_current.Tick(this, platform))
            {
                _current.Done.TrySetResult();
                _current = null;
            }

            _timestamp += AudioFormat.FrameSamples;
        }
    }

    private void SendAudioFrame(IPEndPoint platform, ReadOnlySpan<short> frame, byte payloadType)
    {
        MuLaw.Encode(frame, _payload);
        Transmit(platform, new RtpHeader(payloadType, _sequence++, _timestamp, Ssrc), _payload);
    }

    private void SendEvent(IPEndPoint platform, char digit, bool end, ushort duration, bool marker, uint timestamp)
    {
        Span<byte> payload = stackalloc byte[TelephoneEvent.Size];
        new TelephoneEvent((byte)DtmfDigits.ToEventCode(digit), end, 10, duration).WriteTo(payload);
        Transmit(platform, new RtpHeader(TelephoneEventPayloadType, _sequence++, timestamp, Ssrc, marker), payload);
    }

    private void Transmit(IPEndPoint platform, RtpHeader header, ReadOnlySpan<byte> payload)
    {
        RtpPacketWriter.TryWrite(_packet, header, payload, out var length);
        var packet = _packet.AsSpan(0, length);
        switch (_impairment?.Next(canHold: _heldBack is null) ?? RtpFate.Send)
        {
            case RtpFate.Drop:
                return;
            case RtpFate.Duplicate:
                _socket.SendTo(packet, SocketFlags.None, platform);
                break;
            case RtpFate.HoldBack:
                _heldBack = packet.ToArray();
                return;
        }

        _socket.SendTo(packet, SocketFlags.None, platform);
        if (_heldBack is { } late)
        {
            _heldBack = null;
            _socket.SendTo(late, SocketFlags.None, platform);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // The sender stops at its next tick; closing the socket under a send in progress fails that send (EINTR), so it goes first.
        await _sending;
        _socket.Dispose();
        await _receiving;
        _stop.Dispose();
    }

    /// <summary>Something queued to send, one 20 ms tick at a time.</summary>
    private abstract class Item
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Sends this tick's packets; true when the item is finished.</summary>
        public abstract bool Tick(RawRtpCaller caller, IPEndPoint platform);
    }

    private sealed class AudioItem(short[] pcm, byte payloadType) : Item
    {
        private int _position;

        public override bool Tick(RawRtpCaller caller, IPEndPoint platform)
        {
            var frame = caller._frame;
            frame.AsSpan().Clear();
            var count = Math.Min(frame.Length, pcm.Length - _position);
            pcm.AsSpan(_position, count).CopyTo(frame);
            caller.SendAudioFrame(platform, frame, payloadType);
            _position += frame.Length;
            return _position >= pcm.Length;
        }
    }

    private sealed class DigitItem(char digit, TimeSpan duration) : Item
    {
        private readonly int _ticks = Math.Max(2, (int)(duration / AudioFormat.FrameDuration));
        private int _tick;
        private uint _start;

        public override bool Tick(RawRtpCaller caller, IPEndPoint platform)
        {
            if (_tick == 0)
            {
                _start = caller._timestamp;
            }

            _tick++;
            var elapsed = (ushort)(_tick * AudioFormat.FrameSamples);
            if (_tick < _ticks)
            {
                caller.SendEvent(platform, digit, end: false, elapsed, marker: _tick == 1, _start);
                return false;
            }

            // RFC 4733 §2.5.1.4: the end packet goes out three times.
            for (var i = 0; i < 3; i++)
            {
                caller.SendEvent(platform, digit, end: true, elapsed, marker: false, _start);
            }

            return true;
        }
    }

    private sealed class BurstItem(char digit, int count, TimeSpan within) : Item
    {
        private readonly int _perTick = Math.Max(1, (int)Math.Ceiling(count / Math.Max(1.0, within / AudioFormat.FrameDuration)));
        private int _sent;

        public override bool Tick(RawRtpCaller caller, IPEndPoint platform)
        {
            // Each press is its own event (its own timestamp), a few samples long, start and end in one packet.
            var step = (uint)Math.Max(1, AudioFormat.FrameSamples / _perTick);
            for (var i = 0; i < _perTick && _sent < count; i++, _sent++)
            {
                caller.SendEvent(platform, digit, end: true, (ushort)step, marker: true, caller._timestamp + ((uint)i * step));
            }

            return _sent >= count;
        }
    }
}
