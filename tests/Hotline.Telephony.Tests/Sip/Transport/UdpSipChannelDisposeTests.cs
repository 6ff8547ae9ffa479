using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Transport;

/// <summary>
/// Stopping a UDP listener while its receive is pending never throws: on Linux, closing the socket can end the receive
/// with SocketException (OperationAborted) instead of a cancellation, and that used to escape DisposeAsync (so a test's
/// <c>await using</c> of a SIP server failed now and then).
/// </summary>
[Trait("Category", "Integration")]
public sealed class UdpSipChannelDisposeTests
{
    [Fact]
    public async Task Disposing_a_listening_udp_transport_does_not_throw()
    {
        // The race shows within a few dozen rounds; a hundred make it near certain without the fix.
        for (var round = 0; round < 100; round++)
        {
            var layer = new SipTransportLayer(SipListenAddress.ParseList("udp:127.0.0.1:0"));
            layer.OnMessage(_ => ValueTask.CompletedTask);
            layer.Start();
            await Task.Yield();
            await layer.DisposeAsync();
        }
    }
}
