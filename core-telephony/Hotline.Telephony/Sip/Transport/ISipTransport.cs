using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>What the transaction layer needs of the transports: send a message to a remote.</summary>
public interface ISipTransport
{
    /// <summary>Serializes and sends; for TCP uses the given connection, or opens or reuses one to the address.</summary>
    ValueTask SendAsync(SipMessage message, SipRemote remote, CancellationToken cancellationToken = default);

    /// <summary>The address and port to put in a Via sent-by for messages this element sends over <paramref name="transport"/>.</summary>
    (string Host, int Port) SentBy(SipTransportKind transport);
}
