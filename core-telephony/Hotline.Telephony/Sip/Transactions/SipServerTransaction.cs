using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The server side of a transaction: the TU answers the request through it, and it absorbs retransmissions.</summary>
public abstract class SipServerTransaction : SipTransaction
{
    private SipResponse? _lastResponse;
    private string? _localTag;

    private protected SipServerTransaction(SipTransactionContext context, SipInboundMessage inbound, SipTransactionKey key, SipTransactionState initialState)
        : base(context, (SipRequest)inbound.Message, SipResponseRouting.RemoteFor(inbound), key, initialState)
    {
        Inbound = inbound;
    }

    /// <summary>The request as received, with where it came from.</summary>
    public SipInboundMessage Inbound { get; }

    /// <summary>The last response sent, or null.</summary>
    public SipResponse? LastResponse
    {
        get
        {
            lock (Gate)
            {
                return _lastResponse;
            }
        }
    }

    /// <summary>The To tag this transaction's responses get from <see cref="CreateResponse"/>, so a 180 and the 200 after it share one.</summary>
    public string LocalTag
    {
        get
        {
            lock (Gate)
            {
                return LocalTagLocked;
            }
        }
    }

    /// <summary>Builds a response to the request (RFC 3261 §8.2.6) carrying <see cref="LocalTag"/> unless another tag is given.</summary>
    public SipResponse CreateResponse(int statusCode, string? reasonPhrase = null, string? toTag = null) =>
        SipResponse.CreateFor(Request, statusCode, reasonPhrase, toTag ?? LocalTag);

    /// <summary>
    /// Sends a response through the transaction. Responses the state machine no longer accepts (a second final answer,
    /// anything but a 2xx after a 2xx) are discarded as RFC 3261 §17.2 says.
    /// </summary>
    public abstract ValueTask SendResponseAsync(SipResponse response, CancellationToken cancellationToken = default);

    /// <summary>The response to send again for a retransmitted request, read under the lock.</summary>
    private protected SipResponse? LastResponseLocked
    {
        get => _lastResponse;
        set => _lastResponse = value;
    }

    /// <summary><see cref="LocalTag"/>, read under the lock.</summary>
    private protected string LocalTagLocked => _localTag ??= Request.To?.Tag ?? SipIdentifiers.NewTag();

    /// <summary>Starts the transaction's initial timers once it is in the table.</summary>
    internal abstract void Start();

    /// <summary>Handles a retransmission of the request (§17.2.1, §17.2.2).</summary>
    internal async ValueTask ReceiveRetransmissionAsync()
    {
        SipResponse? resend;
        lock (Gate)
        {
            // Only the last provisional or non-2xx final is repeated (RFC 3261 §17.2): in Trying there is nothing yet,
            // and in Accepted the TU alone retransmits its 2xx (RFC 6026 §7.1), so the request is simply absorbed.
            resend = CurrentState is SipTransactionState.Proceeding or SipTransactionState.Completed ? LastResponseLocked : null;
        }

        if (resend is not null)
        {
            await SendOrFailAsync(resend, terminateOnError: true);
        }
    }

    /// <summary>
    /// Whether <paramref name="request"/> really belongs here. Branch keys are exact (§17.2.3); an RFC 2543 key leaves out the
    /// To tag, which must equal the request's (or, for an ACK, that of our response).
    /// </summary>
    internal bool Matches(SipRequest request)
    {
        if (!Key.IsLegacy)
        {
            return true;
        }

        var expected = request.Is(SipMethods.Ack) ? LastResponse?.To?.Tag : Request.To?.Tag;
        return string.Equals(request.To?.Tag, expected, StringComparison.Ordinal);
    }

    /// <summary>Tells the TU the transaction failed.</summary>
    private protected ValueTask NotifyFailureAsync(SipTransactionFailure failure) => Context.Callbacks.ServerFailed(this, failure);

    /// <summary>Sends <paramref name="response"/>; on a transport error terminates when <paramref name="terminateOnError"/>, and tells the TU.</summary>
    private protected async ValueTask SendOrFailAsync(SipResponse response, bool terminateOnError, CancellationToken cancellationToken = default)
    {
        if (await TrySendAsync(response, cancellationToken))
        {
            return;
        }

        var terminated = false;
        if (terminateOnError)
        {
            lock (Gate)
            {
                terminated = TerminateLocked();
            }
        }

        if (terminated)
        {
            Finish();
        }

        if (terminated || !terminateOnError)
        {
            await NotifyFailureAsync(SipTransactionFailure.TransportError);
        }
    }
}
