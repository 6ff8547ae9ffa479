using System.Net;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Transport;

[Trait("Category", "Unit")]
public sealed class SipListenAddressTests
{
    [Fact]
    public void Parses_a_list_of_udp_and_tcp_addresses()
    {
        var list = SipListenAddress.ParseList("udp:127.0.0.1:5060; TCP:[::1]:5070");

        Assert.Equal(2, list.Count);
        Assert.Equal(new SipListenAddress(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, 5060)), list[0]);
        Assert.Equal(new SipListenAddress(SipTransportKind.Tcp, new IPEndPoint(IPAddress.IPv6Loopback, 5070)), list[1]);
        Assert.Equal("tcp:[::1]:5070", list[1].ToString());
    }

    [Theory]
    [InlineData("", "no listen address")]
    [InlineData("127.0.0.1:5060", "unknown transport '127.0.0.1'")]
    [InlineData("tls:127.0.0.1:5061", "unknown transport 'tls'")]
    [InlineData("udp:127.0.0.1", "no port")]
    [InlineData("udp:[::1]", "no port")]
    [InlineData("udp:127.0.0.1:65536", "port '65536'")]
    [InlineData("udp:127.0.0.1:-1", "port '-1'")]
    [InlineData("udp:example.com:5060", "'example.com', which is not an IP address")]
    public void Rejects_malformed_entries_naming_them(string value, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SipListenAddress.ParseList(value));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
