using System.Diagnostics.CodeAnalysis;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>
/// Hands out RTP/RTCP port pairs (even RTP port, RTCP on the next odd one) from a fixed range; thread-safe.
/// Pairs are handed out round-robin so a port just released is reused last, which keeps late packets of an
/// ended call away from the next one.
/// </summary>
public sealed class RtpPortAllocator
{
    private readonly Lock _lock = new();
    private readonly bool[] _inUse;
    private int _next;
    private int _count;

    /// <summary>Creates an allocator for the ports from <paramref name="minPort"/> to <paramref name="maxPort"/> inclusive.</summary>
    /// <remarks>
    /// An odd minimum is rounded up; a last even port without its odd partner in range is not used. With
    /// <paramref name="randomStart"/> the round-robin starts at a random pair, so processes sharing a range (a second
    /// node on the machine, tools) rarely collide, and ports are harder to guess.
    /// </remarks>
    public RtpPortAllocator(int minPort = 20000, int maxPort = 29999, bool randomStart = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minPort, 1024);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPort, 65535);
        FirstPort = minPort + (minPort & 1);
        var pairs = (maxPort - FirstPort + 1) / 2;
        if (pairs < 1)
        {
            throw new ArgumentException($"The RTP port range {minPort}-{maxPort} holds no even/odd pair.", nameof(maxPort));
        }

        LastPort = FirstPort + (2 * pairs) - 1;
        _inUse = new bool[pairs];
        _next = randomStart ? Random.Shared.Next(pairs) : 0;
    }

    /// <summary>The first (even) port of the range.</summary>
    public int FirstPort { get; }

    /// <summary>The last (odd) port of the range.</summary>
    public int LastPort { get; }

    /// <summary>How many pairs the range holds.</summary>
    public int Capacity => _inUse.Length;

    /// <summary>How many pairs are leased now.</summary>
    public int InUse
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Leases the next free pair.</summary>
    /// <exception cref="RtpPortsExhaustedException">Every pair is leased.</exception>
    public RtpPortLease Allocate() =>
        TryAllocate(out var lease)
            ? lease
            : throw new RtpPortsExhaustedException($"All {Capacity} RTP port pairs in {FirstPort}-{LastPort} are in use.");

    /// <summary>Leases the next free pair; false when every pair is leased.</summary>
    public bool TryAllocate([NotNullWhen(true)] out RtpPortLease? lease)
    {
        lock (_lock)
        {
            for (var i = 0; i < _inUse.Length; i++)
            {
                var index = (_next + i) % _inUse.Length;
                if (!_inUse[index])
                {
                    _inUse[index] = true;
                    _count++;
                    _next = (index + 1) % _inUse.Length;
                    lease = new RtpPortLease(this, FirstPort + (2 * index));
                    return true;
                }
            }
        }

        lease = null;
        return false;
    }

    internal void Release(int rtpPort)
    {
        lock (_lock)
        {
            var index = (rtpPort - FirstPort) / 2;
            if (_inUse[index])
            {
                _inUse[index] = false;
                _count--;
            }
        }
    }
}
