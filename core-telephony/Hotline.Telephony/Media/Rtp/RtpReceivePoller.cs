using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>
/// One thread that receives for many RTP sessions (Linux): their RTP and RTCP sockets sit in one epoll set, and each
/// datagram is read into one buffer and handed to its session on this thread. This replaces a pending asynchronous
/// receive per socket, whose every packet costs a hand-over from .NET's socket thread to a thread-pool thread.
/// </summary>
/// <remarks>
/// A session registers its sockets when it starts and unregisters them before it closes them; a datagram that was already
/// signalled for a socket being closed is read from a disposed socket, which fails and is skipped.
/// </remarks>
public sealed class RtpReceivePoller : IDisposable
{
    private const int MaxEvents = 256;
    // Bounds how long Dispose waits for the thread to notice it should stop.
    private const int WaitMilliseconds = 50;

    private readonly int _epoll;
    private readonly Thread _thread;
    private readonly byte[] _events = new byte[MaxEvents * NativeMethods.EpollEventSize];
    private readonly byte[] _control = new byte[16];
    private readonly byte[] _buffer;
    private readonly SocketAddress _from4 = new(AddressFamily.InterNetwork);
    private readonly SocketAddress _from6 = new(AddressFamily.InterNetworkV6);
    private readonly Lock _lock = new();
    private readonly Stack<int> _freeSlots = new();
    private Registration?[] _registrations = new Registration?[64];
    private int _usedSlots;
    private uint _generation;
    private long _datagrams;
    private long _waits;
    private readonly int? _niceness;
    private volatile bool _stopping;

    private RtpReceivePoller(int epoll, int maxDatagramSize, string name, int? niceness)
    {
        _epoll = epoll;
        _niceness = niceness;
        _buffer = new byte[maxDatagramSize];
        _thread = new Thread(Run) { IsBackground = true, Name = name, Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>Sockets registered now (two per started session).</summary>
    public int Registered
    {
        get
        {
            lock (_lock)
            {
                return _usedSlots - _freeSlots.Count;
            }
        }
    }

    /// <summary>Datagrams read so far.</summary>
    public long Datagrams => Interlocked.Read(ref _datagrams);

    /// <summary>Times the thread woke from epoll so far (each wake-up reads every socket that was ready).</summary>
    public long Wakeups => Interlocked.Read(ref _waits);

    /// <summary>Starts a poller thread, or returns null where epoll is not available (sessions then receive on their own).</summary>
    /// <param name="name">The thread's name.</param>
    /// <param name="maxDatagramSize">The largest datagram read; longer ones are truncated and then fail to parse.</param>
    /// <param name="niceness">A nice value the thread asks for (ignored where not allowed); null keeps the default.</param>
    public static RtpReceivePoller? TryStart(string name = "hotline-rtp-receive", int maxDatagramSize = 2048, int? niceness = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDatagramSize, RtpHeader.FixedSize);
        if (!NativeMethods.Available)
        {
            return null;
        }

        var epoll = NativeMethods.EpollCreate(NativeMethods.EpollCloexec);
        return epoll < 0 ? null : new RtpReceivePoller(epoll, maxDatagramSize, name, niceness);
    }

    /// <summary>Adds a session's socket; its datagrams go to the session's RTP or RTCP handling from now on.</summary>
    internal Registration Register(Socket socket, RtpSession session, bool rtcp)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);

        // Reads happen only when epoll says a datagram is there; non-blocking all the same, so a datagram that vanished
        // (a checksum failure) can never park the thread that serves every call.
        socket.Blocking = false;
        lock (_lock)
        {
            var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _usedSlots++;
            if (slot >= _registrations.Length)
            {
                var grown = new Registration?[_registrations.Length * 2];
                _registrations.CopyTo(grown, 0);
                Volatile.Write(ref _registrations, grown);
            }

            var key = ((ulong)++_generation << 32) | (uint)slot;
            var registration = new Registration(key, socket, session, rtcp);
            Volatile.Write(ref _registrations[slot], registration);
            WriteEvent(_control, key);
            if (NativeMethods.EpollControl(_epoll, NativeMethods.EpollCtlAdd, (int)socket.Handle, _control) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                _registrations[slot] = null;
                _freeSlots.Push(slot);
                throw new SocketException(error);
            }

            return registration;
        }
    }

    /// <summary>Takes a socket out before it is closed (nothing more is read from it).</summary>
    internal void Unregister(Registration registration)
    {
        lock (_lock)
        {
            var slot = (int)(uint)registration.Key;
            if (!ReferenceEquals(_registrations[slot], registration))
            {
                return;
            }

            Volatile.Write(ref _registrations[slot], null);
            _freeSlots.Push(slot);
            if (!_stopping)
            {
                // Fails only when the socket is already closed, which removed it from the set anyway.
                _ = NativeMethods.EpollControl(_epoll, NativeMethods.EpollCtlDel, (int)registration.Socket.Handle, _control);
            }
        }
    }

    private static void WriteEvent(Span<byte> epollEvent, ulong key)
    {
        epollEvent.Clear();
        var events = (uint)NativeMethods.EpollIn;
        MemoryMarshal.Write(epollEvent, in events);
        MemoryMarshal.Write(epollEvent[NativeMethods.EpollDataOffset..], in key);
    }

    private void Run()
    {
        if (_niceness is { } niceness)
        {
            NativeMethods.TryRaiseCurrentThread(niceness);
        }

        var size = NativeMethods.EpollEventSize;
        var offset = NativeMethods.EpollDataOffset;
        while (!_stopping)
        {
            var ready = NativeMethods.EpollWait(_epoll, _events, MaxEvents, WaitMilliseconds);
            if (ready <= 0)
            {
                if (ready < 0 && Marshal.GetLastPInvokeError() != NativeMethods.Interrupted)
                {
                    // An epoll failure that is not a signal is a bug; back off rather than spin on it.
                    Thread.Sleep(WaitMilliseconds);
                }

                continue;
            }

            Interlocked.Increment(ref _waits);
            for (var i = 0; i < ready; i++)
            {
                Receive(MemoryMarshal.Read<ulong>(_events.AsSpan((i * size) + offset)));
            }
        }
    }

    private void Receive(ulong key)
    {
        var registrations = Volatile.Read(ref _registrations);
        var slot = (int)(uint)key;
        if (slot >= registrations.Length || Volatile.Read(ref registrations[slot]) is not { } registration || registration.Key != key)
        {
            return;
        }

        var socket = registration.Socket;
        var from = socket.AddressFamily == AddressFamily.InterNetworkV6 ? _from6 : _from4;
        int length;
        try
        {
            length = socket.ReceiveFrom(_buffer, SocketFlags.None, from);
        }
        catch (SocketException)
        {
            // Nothing there after all, an ICMP error or truncation: the socket stays usable.
            return;
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        Interlocked.Increment(ref _datagrams);
        if (registration.Rtcp)
        {
            registration.Session.OnRtcpDatagram(_buffer.AsSpan(0, length), from);
        }
        else
        {
            registration.Session.OnRtpDatagram(_buffer.AsSpan(0, length), from);
        }
    }

    /// <summary>Stops the thread (sessions still registered receive nothing more) and closes the epoll set.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
        }

        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        _ = NativeMethods.Close(_epoll);
    }

    /// <summary>A socket in the set: the key epoll hands back (generation and slot) and whom its datagrams go to.</summary>
    internal sealed class Registration(ulong key, Socket socket, RtpSession session, bool rtcp)
    {
        public ulong Key { get; } = key;

        public Socket Socket { get; } = socket;

        public RtpSession Session { get; } = session;

        public bool Rtcp { get; } = rtcp;
    }
}
