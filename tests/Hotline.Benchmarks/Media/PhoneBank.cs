using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Media.Audio;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// The calling phones' media, for many calls on one loopback UDP socket: each call sends a G.711 µ-law packet every
/// 20 ms with its call and packet number stamped in the payload, and the same packets are expected back (echoed by the
/// far end); arrivals give the inter-arrival jitter and which packets never came back.
/// </summary>
/// <remarks>
/// Jitter is measured two ways over consecutive packets of a call: against the 20 ms grid (|arrival gap − 20 ms|, what a
/// path that re-times media on its own clock, like Hotline, adds) and against the packets' own send times
/// (|arrival gap − send gap|, RFC 3550's transit-time difference: what a path that passes packets straight on, like an
/// echo, adds, without the phones' own send jitter).
/// </remarks>
/// <remarks>
/// Two dedicated threads (a sender paced in 1 ms slots, each call in one of 20 slots so the calls' packets are spread over
/// the 20 ms like independent phones, and a blocking receiver) and no allocation once running, so the measuring costs little
/// and is not delayed by the thread pool Hotline uses. With <see cref="LearnTargets"/> a call starts when an unknown source
/// first sends to the socket (Hotline sends from each call's caller leg as soon as it answers the INVITE); otherwise calls are
/// added with <see cref="AddCall"/>. The measuring window is opened and closed by the sender thread itself, between two
/// packets, so which packets belong to it is exact.
/// </remarks>
internal sealed class PhoneBank : IDisposable
{
    public const int MaxCalls = 2048;
    private const int Slots = 20;

    // Send times kept per call for the transit measure: far more packets than are ever in flight through a path.
    private const int SendHistory = 256;
    private const int HeaderSize = 12;
    private const int PayloadSize = AudioFormat.FrameSamples;
    private const uint SsrcBase = 0x48_4C_00_00;
    private static readonly long SlotTicks = Stopwatch.Frequency / 1000;
    private static readonly long PacketTicks = Stopwatch.Frequency / 50;
    private static readonly long MaxBehindTicks = Stopwatch.Frequency / 5;

    private readonly Socket _socket;
    private readonly SocketAddress?[] _targets = new SocketAddress?[MaxCalls];
    private readonly int[] _callByPort = new int[IPEndPoint.MaxPort + 1];
    private readonly long[] _nextCounter = new long[MaxCalls];
    private readonly long[] _windowFirst = new long[MaxCalls];
    private readonly long[] _windowLast = new long[MaxCalls];
    private readonly long[] _windowReceived = new long[MaxCalls];
    private readonly long[] _lastCounter = new long[MaxCalls];
    private readonly long[] _lastArrival = new long[MaxCalls];
    private readonly long[] _sentAt = new long[MaxCalls * SendHistory];
    private readonly byte[] _packet = new byte[HeaderSize + PayloadSize];
    private readonly GapHistogram _gridGaps = new();
    private readonly GapHistogram _transitGaps = new();
    private readonly Thread _sender;
    private readonly Thread _receiver;
    private readonly ManualResetEventSlim _windowChanged = new();
    private readonly TaskCompletionSource _threadsStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;
    private int _windowRequest;
    private volatile bool _sending = true;
    private volatile bool _stopped;
    private long _windowSendFailures;
    private long _duplicates;
    private long _unmarked;
    private int _startedThreads;

    public PhoneBank(bool learnTargets)
    {
        LearnTargets = learnTargets;
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
        {
            // As large as net.core.rmem_max allows: the measuring socket must not be the one that drops.
            ReceiveBufferSize = 4 * 1024 * 1024,
            SendBufferSize = 4 * 1024 * 1024,
            ReceiveTimeout = 250,
        };
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
        Array.Fill(_windowFirst, long.MaxValue);
        Array.Fill(_windowLast, long.MaxValue);
        Array.Fill(_lastCounter, -1);

        // A quiet 400 Hz tone under the mark: real-looking audio for the mixer and the recording.
        Span<short> tone = stackalloc short[PayloadSize];
        for (var i = 0; i < tone.Length; i++)
        {
            tone[i] = (short)(2000 * Math.Sin(2 * Math.PI * 400 * i / AudioFormat.SampleRate));
        }

        _packet[0] = 0x80;
        MuLaw.Encode(tone, _packet.AsSpan(HeaderSize));
        _sender = new Thread(SendLoop) { IsBackground = true, Name = "bench-phone-send" };
        _receiver = new Thread(ReceiveLoop) { IsBackground = true, Name = "bench-phone-recv" };
        _sender.Start();
        _receiver.Start();
    }

    /// <summary>The loopback port the phones send from and receive on (what their SDP names).</summary>
    public int Port { get; }

    /// <summary>True when a new source sending to us starts a call (Hotline); false when calls are added explicitly.</summary>
    public bool LearnTargets { get; }

    /// <summary>Calls sending now.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Kernel ids of the sender and receiver threads, for their CPU time.</summary>
    public int SenderThreadId { get; private set; }

    public int ReceiverThreadId { get; private set; }

    /// <summary>Resolves once both threads run (their ids are known).</summary>
    public Task Started => _threadsStarted.Task;

    /// <summary>Calls whose own packets have come back at least once.</summary>
    public int CallsEchoed
    {
        get
        {
            var echoed = 0;
            for (var call = 0; call < Calls; call++)
            {
                if (Volatile.Read(ref _lastCounter[call]) >= 0)
                {
                    echoed++;
                }
            }

            return echoed;
        }
    }

    /// <summary>Starts one more call sending to <paramref name="target"/> (only without <see cref="LearnTargets"/>).</summary>
    public void AddCall(IPEndPoint target)
    {
        if (LearnTargets)
        {
            throw new InvalidOperationException("this phone bank starts its calls from the sources that send to it");
        }

        Publish(target.Serialize());
    }

    /// <summary>Opens the measuring window: from each call's next packet on, arrivals count for jitter and loss.</summary>
    public void StartWindow() => ChangeWindow(1);

    /// <summary>Closes the window after each call's current packet; packets of the window still in flight keep counting.</summary>
    public void EndWindow() => ChangeWindow(2);

    /// <summary>Stops sending (the calls stay; nothing more is measured once the in-flight packets are in).</summary>
    public void StopSending() => _sending = false;

    /// <summary>What the window measured; call after <see cref="EndWindow"/> and a drain.</summary>
    public PhoneBankResult Result()
    {
        long expected = 0;
        long received = 0;
        var measuredCalls = 0;
        var silentCalls = 0;
        for (var call = 0; call < Calls; call++)
        {
            var first = Volatile.Read(ref _windowFirst[call]);
            var last = Volatile.Read(ref _windowLast[call]);
            if (first == long.MaxValue || last == long.MaxValue || last < first)
            {
                continue;
            }

            measuredCalls++;
            expected += last - first + 1;
            var got = Volatile.Read(ref _windowReceived[call]);
            received += got;
            if (got == 0)
            {
                silentCalls++;
            }
        }

        expected -= Interlocked.Read(ref _windowSendFailures);
        return new PhoneBankResult(
            measuredCalls, silentCalls, expected, received, Math.Max(0, expected - received), Interlocked.Read(ref _duplicates),
            Interlocked.Read(ref _unmarked), JitterFigures.Of(_gridGaps), JitterFigures.Of(_transitGaps));
    }

    private void ChangeWindow(int request)
    {
        _windowChanged.Reset();
        Volatile.Write(ref _windowRequest, request);
        if (!_windowChanged.Wait(TimeSpan.FromSeconds(5)))
        {
            throw new InvalidOperationException("the phones' sender thread did not take the window change within 5 s");
        }
    }

    private void Publish(SocketAddress target)
    {
        var call = Calls;
        if (call >= MaxCalls)
        {
            throw new InvalidOperationException($"the phone bank takes at most {MaxCalls} calls");
        }

        _targets[call] = target;
        Volatile.Write(ref _calls, call + 1);
    }

    private void OnThreadStarted()
    {
        if (Interlocked.Increment(ref _startedThreads) == 2)
        {
            _threadsStarted.TrySetResult();
        }
    }

    private void SendLoop()
    {
        SenderThreadId = ThreadCpu.CurrentThreadId();
        RigPriority.RaiseThread(SenderThreadId);
        OnThreadStarted();
        var next = Stopwatch.GetTimestamp();
        var slot = 0;
        while (!_stopped)
        {
            var now = Stopwatch.GetTimestamp();
            if (now < next)
            {
                Thread.Sleep(1);
                continue;
            }

            if (now - next > MaxBehindTicks)
            {
                // Stalled far behind (the machine is swamped): go on from now rather than send a burst of old packets.
                next = now;
            }

            TakeWindowRequest();
            if (_sending)
            {
                var calls = Calls;
                for (var call = slot; call < calls; call += Slots)
                {
                    Send(call);
                }
            }

            slot = (slot + 1) % Slots;
            next += SlotTicks;
        }
    }

    private void TakeWindowRequest()
    {
        var request = Volatile.Read(ref _windowRequest);
        if (request == 0)
        {
            return;
        }

        var calls = Calls;
        for (var call = 0; call < calls; call++)
        {
            if (request == 1)
            {
                Volatile.Write(ref _windowReceived[call], 0);
                Volatile.Write(ref _windowLast[call], long.MaxValue);
                Volatile.Write(ref _windowFirst[call], _nextCounter[call]);
            }
            else
            {
                Volatile.Write(ref _windowLast[call], _nextCounter[call] - 1);
            }
        }

        Volatile.Write(ref _windowRequest, 0);
        _windowChanged.Set();
    }

    private void Send(int call)
    {
        var counter = _nextCounter[call];
        _nextCounter[call] = counter + 1;
        var packet = _packet.AsSpan();
        packet[1] = 0; // PCMU
        BinaryPrimitives.WriteUInt16BigEndian(packet[2..], (ushort)counter);
        BinaryPrimitives.WriteUInt32BigEndian(packet[4..], (uint)(counter * AudioFormat.FrameSamples));
        BinaryPrimitives.WriteUInt32BigEndian(packet[8..], SsrcBase + (uint)call);
        PayloadStamp.Write(packet[HeaderSize..], call, (uint)counter);
        Volatile.Write(ref _sentAt[SendSlot(call, counter)], Stopwatch.GetTimestamp());
        try
        {
            _socket.SendTo(packet, SocketFlags.None, _targets[call]!);
        }
        catch (SocketException)
        {
            if (counter >= _windowFirst[call] && counter <= _windowLast[call])
            {
                Interlocked.Increment(ref _windowSendFailures);
            }
        }
    }

    private void ReceiveLoop()
    {
        ReceiverThreadId = ThreadCpu.CurrentThreadId();
        RigPriority.RaiseThread(ReceiverThreadId);
        OnThreadStarted();
        var buffer = new byte[2048];
        var from = new SocketAddress(AddressFamily.InterNetwork);
        while (!_stopped)
        {
            int length;
            try
            {
                length = _socket.ReceiveFrom(buffer, SocketFlags.None, from);
            }
            catch (SocketException)
            {
                // A timeout (nothing to read for 250 ms) or an ICMP error: look at _stopped and go on.
                continue;
            }
            catch (ObjectDisposedException)
            {
                break;
            }

            OnDatagram(buffer.AsSpan(0, length), from, Stopwatch.GetTimestamp());
        }
    }

    private void OnDatagram(ReadOnlySpan<byte> datagram, SocketAddress from, long arrival)
    {
        if (datagram.Length < HeaderSize || datagram[0] >> 6 != 2)
        {
            return;
        }

        var offset = HeaderSize + (4 * (datagram[0] & 0x0F));
        if ((datagram[0] & 0x10) != 0 && datagram.Length >= offset + 4)
        {
            offset += 4 + (4 * BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 2)..]));
        }

        if (LearnTargets)
        {
            // sockaddr_in: family, then the port in network order.
            var port = (from[2] << 8) | from[3];
            if (_callByPort[port] == 0 && Calls < MaxCalls)
            {
                _callByPort[port] = Calls + 1;
                var copy = new SocketAddress(from.Family, from.Size);
                from.Buffer.Span[..from.Size].CopyTo(copy.Buffer.Span);
                Publish(copy);
            }
        }

        if (offset > datagram.Length || !PayloadStamp.TryRead(datagram[offset..], out var call, out var stamped) || call >= Calls)
        {
            // Silence from Hotline before the call's own audio has come round, or anything else.
            _unmarked++;
            return;
        }

        var counter = (long)stamped;
        var previous = _lastCounter[call];
        if (counter <= previous)
        {
            _duplicates++;
            return;
        }

        var first = Volatile.Read(ref _windowFirst[call]);
        var last = Volatile.Read(ref _windowLast[call]);
        if (counter >= first && counter <= last)
        {
            Volatile.Write(ref _windowReceived[call], _windowReceived[call] + 1);
            if (counter == previous + 1 && previous >= first)
            {
                var gap = arrival - _lastArrival[call];
                _gridGaps.Add(gap - PacketTicks);
                _transitGaps.Add(gap - (Volatile.Read(ref _sentAt[SendSlot(call, counter)]) - Volatile.Read(ref _sentAt[SendSlot(call, previous)])));
            }
        }

        _lastArrival[call] = arrival;
        Volatile.Write(ref _lastCounter[call], counter);
    }

    private static int SendSlot(int call, long counter) => (call * SendHistory) + (int)(counter & (SendHistory - 1));

    public void Dispose()
    {
        _stopped = true;
        _sending = false;
        _sender.Join();
        _receiver.Join();
        _socket.Dispose();
        _windowChanged.Dispose();
    }
}
