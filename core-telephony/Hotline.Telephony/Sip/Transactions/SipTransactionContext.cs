using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>What every transaction shares with its layer: transport, clock, timer values, logging and the layer's callbacks.</summary>
internal sealed class SipTransactionContext(
    ISipTransport transport,
    TimeProvider time,
    SipTransactionOptions options,
    ILogger logger,
    SipTransactionCallbacks callbacks)
{
    public ISipTransport Transport { get; } = transport;

    public TimeProvider Time { get; } = time;

    public SipTransactionOptions Options { get; } = options;

    public ILogger Logger { get; } = logger;

    public SipTransactionCallbacks Callbacks { get; } = callbacks;
}
