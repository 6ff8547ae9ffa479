using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Transactions;

/// <summary>Captures what the transaction layer sends; can be told to fail like a broken socket.</summary>
internal sealed class FakeSipTransport : ISipTransport
{
    private readonly Lock _gate = new();
    private readonly List<(SipMessage Message, SipRemote Remote)> _sent = [];

    public bool Fail { get; set; }

    public IReadOnlyList<(SipMessage Message, SipRemote Remote)> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public IReadOnlyList<SipRequest> SentRequests => [.. Sent.Select(s => s.Message).OfType<SipRequest>()];

    public IReadOnlyList<SipResponse> SentResponses => [.. Sent.Select(s => s.Message).OfType<SipResponse>()];

    public ValueTask SendAsync(SipMessage message, SipRemote remote, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new IOException("network unreachable");
        }

        lock (_gate)
        {
            _sent.Add((message, remote));
        }

        return ValueTask.CompletedTask;
    }

    public (string Host, int Port) SentBy(SipTransportKind transport) => ("192.0.2.10", transport == SipTransportKind.Udp ? 5060 : 5070);

    public void Clear()
    {
        lock (_gate)
        {
            _sent.Clear();
        }
    }
}
