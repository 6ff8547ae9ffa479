using System.Collections.Concurrent;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class RtpPortAllocatorTests
{
    [Fact]
    public void Hands_out_even_rtp_ports_with_the_next_odd_port_for_rtcp()
    {
        var ports = new RtpPortAllocator(20001, 20010);

        Assert.Equal(20002, ports.FirstPort);
        Assert.Equal(20009, ports.LastPort);
        Assert.Equal(4, ports.Capacity);
        var leases = Enumerable.Range(0, 4).Select(_ => ports.Allocate()).ToList();
        Assert.Equal([20002, 20004, 20006, 20008], leases.Select(l => l.RtpPort));
        Assert.All(leases, l => Assert.Equal(l.RtpPort + 1, l.RtcpPort));
        Assert.Equal(4, ports.InUse);
    }

    [Fact]
    public void Exhaustion_is_a_clear_error_and_release_makes_room()
    {
        var ports = new RtpPortAllocator(30000, 30005);
        var a = ports.Allocate();
        var b = ports.Allocate();
        var c = ports.Allocate();

        var error = Assert.Throws<RtpPortsExhaustedException>(ports.Allocate);
        Assert.Contains("30000-30005", error.Message, StringComparison.Ordinal);
        Assert.False(ports.TryAllocate(out _));

        b.Dispose();
        b.Dispose(); // idempotent
        Assert.Equal(2, ports.InUse);
        Assert.True(ports.TryAllocate(out var again));
        Assert.Equal(b.RtpPort, again.RtpPort);
        a.Dispose();
        c.Dispose();
        again.Dispose();
        Assert.Equal(0, ports.InUse);
    }

    [Fact]
    public void Released_pairs_are_reused_last()
    {
        var ports = new RtpPortAllocator(30000, 30007);
        var first = ports.Allocate();
        first.Dispose();
        var second = ports.Allocate();
        Assert.NotEqual(first.RtpPort, second.RtpPort);
    }

    [Fact]
    public void A_range_without_a_pair_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RtpPortAllocator(30001, 30002));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RtpPortAllocator(80, 100));
    }

    [Fact]
    public void Concurrent_allocation_never_hands_out_a_pair_twice()
    {
        var ports = new RtpPortAllocator(20000, 20999);
        var held = new ConcurrentDictionary<int, int>();
        var duplicates = 0;
        Parallel.For(0, 8, new ParallelOptions { CancellationToken = TestContext.Current.CancellationToken }, _ =>
        {
            for (var i = 0; i < 2000; i++)
            {
                if (!ports.TryAllocate(out var lease))
                {
                    continue;
                }

                if (!held.TryAdd(lease.RtpPort, 0))
                {
                    Interlocked.Increment(ref duplicates);
                }

                held.TryRemove(lease.RtpPort, out var _);
                lease.Dispose();
            }
        });

        Assert.Equal(0, duplicates);
        Assert.Equal(0, ports.InUse);
    }
}
