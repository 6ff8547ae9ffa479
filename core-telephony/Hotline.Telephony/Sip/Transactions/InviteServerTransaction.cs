using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The INVITE server transaction of RFC 3261 §17.2.1 with the Accepted state and Timer L of RFC 6026 §7.1.</summary>
public sealed class InviteServerTransaction : SipServerTransaction
{
    private readonly SipTransactionTimer _trying;
    private readonly SipTransactionTimer _unanswered;
    private readonly SipTransactionTimer _timerG;
    private readonly SipTransactionTimer _timerH;
    private readonly SipTransactionTimer _timerI;
    private readonly SipTransactionTimer _timerL;

    internal InviteServerTransaction(SipTransactionContext context, SipInboundMessage inbound, SipTransactionKey key)
        : base(context, inbound, key, SipTransactionState.Proceeding)
    {
        _trying = CreateTimer("100 Trying");
        _unanswered = CreateTimer("unanswered");
        _timerG = CreateTimer("G");
        _timerH = CreateTimer("H");
        _timerI = CreateTimer("I");
        _timerL = CreateTimer("L");
    }

    /// <summary>Whether a CANCEL can still take effect: no final response has been sent yet (RFC 3261 §9.2).</summary>
    public bool IsPending => State == SipTransactionState.Proceeding;

    /// <inheritdoc/>
    public override async ValueTask SendResponseAsync(SipResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        bool send;
        var terminateOnError = true;
        lock (Gate)
        {
            send = AcceptLocked(response, ref terminateOnError);
        }

        if (send)
        {
            await SendOrFailAsync(response, terminateOnError, cancellationToken);
        }
        else
        {
            Context.Logger.LogDebug("Discarded {Status} from the TU in state {State} for {Transaction}", response.StatusCode, CurrentState, this);
        }
    }

    internal override void Start()
    {
        lock (Gate)
        {
            // §17.2.1: a 100 Trying stops INVITE retransmissions when the TU will take longer than 200 ms.
            if (Context.Options.AutomaticTryingDelay > TimeSpan.Zero)
            {
                _trying.Start(Context.Options.AutomaticTryingDelay);
            }

            _unanswered.Start(Context.Options.ServerInviteTimeout);
        }
    }

    /// <summary>Handles an ACK matched to this transaction; true when it belongs to the TU (an ACK for our 2xx, RFC 6026 §7.1).</summary>
    internal bool ReceiveAck()
    {
        var terminate = false;
        bool toUser;
        lock (Gate)
        {
            toUser = CurrentState == SipTransactionState.Accepted;
            if (CurrentState == SipTransactionState.Completed)
            {
                // §17.2.1: Confirmed only absorbs further ACKs; over TCP none come (Timer I = 0).
                CurrentState = SipTransactionState.Confirmed;
                _timerG.Stop();
                _timerH.Stop();
                if (IsReliable)
                {
                    terminate = TerminateLocked();
                }
                else
                {
                    _timerI.Start(Context.Options.T4);
                }
            }
        }

        if (terminate)
        {
            Finish();
        }

        return toUser;
    }

    private protected override void StopTimersLocked()
    {
        _trying.Stop();
        _unanswered.Stop();
        _timerG.Stop();
        _timerH.Stop();
        _timerI.Stop();
        _timerL.Stop();
    }

    private protected override async ValueTask OnTimerAsync(SipTransactionTimer timer, long generation)
    {
        SipResponse? send = null;
        var terminate = false;
        var failure = (SipTransactionFailure?)null;
        var terminateOnError = true;
        lock (Gate)
        {
            if (!timer.IsCurrent(generation))
            {
                return;
            }

            if (timer == _trying && CurrentState == SipTransactionState.Proceeding && LastResponseLocked is null)
            {
                send = SipResponse.CreateFor(Request, 100);
                LastResponseLocked = send;
            }
            else if (timer == _unanswered && CurrentState == SipTransactionState.Proceeding)
            {
                send = CreateResponseLocked(408);
                AcceptLocked(send, ref terminateOnError);
                failure = SipTransactionFailure.Timeout;
            }
            else if (timer == _timerG && CurrentState == SipTransactionState.Completed)
            {
                // §17.2.1: the final response is retransmitted like a non-INVITE request, doubling up to T2.
                send = LastResponseLocked;
                var next = _timerG.Interval * 2;
                _timerG.Start(next < Context.Options.T2 ? next : Context.Options.T2);
            }
            else if (timer == _timerH && CurrentState == SipTransactionState.Completed)
            {
                terminate = TerminateLocked();
                failure = SipTransactionFailure.Timeout;
            }
            else if ((timer == _timerI && CurrentState == SipTransactionState.Confirmed)
                || (timer == _timerL && CurrentState == SipTransactionState.Accepted))
            {
                terminate = TerminateLocked();
            }
        }

        if (terminate)
        {
            Finish();
        }

        if (send is not null)
        {
            await SendOrFailAsync(send, terminateOnError);
        }

        if (failure is { } reason)
        {
            await NotifyFailureAsync(reason);
        }
    }

    /// <summary>Applies a response from the TU to the state machine; false when it must be discarded.</summary>
    private bool AcceptLocked(SipResponse response, ref bool terminateOnError)
    {
        switch (CurrentState)
        {
            case SipTransactionState.Proceeding when response.IsProvisional:
                _trying.Stop();
                LastResponseLocked = response;
                return true;
            case SipTransactionState.Proceeding when response.IsSuccess:
                // RFC 6026 §7.1: stay to absorb INVITE retransmissions and to let the TU's 2xx retransmissions through.
                CurrentState = SipTransactionState.Accepted;
                _trying.Stop();
                _unanswered.Stop();
                _timerL.Start(Context.Options.SixtyFourT1);
                LastResponseLocked = response;
                terminateOnError = false;
                return true;
            case SipTransactionState.Proceeding:
                CurrentState = SipTransactionState.Completed;
                _trying.Stop();
                _unanswered.Stop();
                if (!IsReliable)
                {
                    _timerG.Start(Context.Options.T1);
                }

                _timerH.Start(Context.Options.SixtyFourT1);
                LastResponseLocked = response;
                return true;
            case SipTransactionState.Accepted when response.IsSuccess:
                // A 2xx retransmission (or another 2xx) from the TU; a transport error is reported but keeps the state (RFC 6026 §7.1).
                LastResponseLocked = response;
                terminateOnError = false;
                return true;
            default:
                return false;
        }
    }

    private SipResponse CreateResponseLocked(int statusCode) =>
        SipResponse.CreateFor(Request, statusCode, null, LocalTagLocked);
}
