using System.Net;
using System.Net.Sockets;
using System.Text;
using Hotline.Portal.Tests.Hosting;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Portal.Tests;

/// <summary>The running platform's registrar with the demo organisation's credentials from the store, over real UDP.</summary>
[Trait("Category", "Integration")]
public sealed class SipRegistrationTests
{
    [Fact]
    public async Task Demo_extension_registers_with_sha256_digest_and_a_wrong_password_is_refused()
    {
        var settings = PortalSettings.Fresh();
        await using var portal = PortalProcess.Start(settings);
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        using var phone = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var server = new IPEndPoint(IPAddress.Loopback, settings.SipPort);

        var challenge = await SendAsync(phone, server, Register(phone, 1));
        Assert.Equal(401, challenge.StatusCode);
        Assert.Equal("SHA-256", challenge.WwwAuthenticates[0].Parameters["algorithm"]);

        var retry = Register(phone, 2);
        Assert.True(new DigestClient("8001", "demo-8001").TryAuthorize(retry, challenge), "the client could not answer the challenge");
        Assert.Contains("SHA-256", retry.Headers.GetFirst(SipHeaderNames.Authorization), StringComparison.Ordinal);
        var ok = await SendAsync(phone, server, retry);
        Assert.Equal(200, ok.StatusCode);
        Assert.Single(ok.Contacts);

        var wrong = Register(phone, 3, callId: "wrong-" + Guid.NewGuid().ToString("N"));
        var wrongChallenge = await SendAsync(phone, server, wrong);
        var wrongRetry = Register(phone, 4, callId: wrong.CallId);
        Assert.True(new DigestClient("8001", "not-demo-8001").TryAuthorize(wrongRetry, wrongChallenge));
        Assert.Equal(401, (await SendAsync(phone, server, wrongRetry)).StatusCode);
    }

    private static SipRequest Register(UdpClient phone, uint cseq, string? callId = null, string user = "8001")
    {
        var port = ((IPEndPoint)phone.Client.LocalEndPoint!).Port;
        var text =
            $"REGISTER sip:hotline.local SIP/2.0\r\n" +
            $"Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK{Guid.NewGuid():N};rport\r\n" +
            "Max-Forwards: 70\r\n" +
            $"From: <sip:{user}@hotline.local>;tag=reg{cseq}\r\n" +
            $"To: <sip:{user}@hotline.local>\r\n" +
            $"Call-ID: {callId ?? "register-test"}\r\n" +
            $"CSeq: {cseq} REGISTER\r\n" +
            $"Contact: <sip:{user}@127.0.0.1:{port}>\r\n" +
            "Expires: 300\r\nContent-Length: 0\r\n\r\n";
        return (SipRequest)SipMessageParser.Parse(Encoding.ASCII.GetBytes(text)).Message!;
    }

    private static async Task<SipResponse> SendAsync(UdpClient phone, IPEndPoint server, SipRequest request)
    {
        await phone.SendAsync(SipMessageSerializer.Serialize(request), server, TestContext.Current.CancellationToken);
        while (true)
        {
            var received = await phone.ReceiveAsync(TestContext.Current.CancellationToken).AsTask()
                .WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            if (SipMessageParser.Parse(received.Buffer).Message is SipResponse { IsFinal: true } response)
            {
                return response;
            }
        }
    }
}
