using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The non-INVITE server transaction of RFC 3261 §17.2.2 (Timer J).</summary>
public sealed class NonInviteServerTransaction : SipServerTransaction
{
    private readonly SipTransactionTimer _unanswered;
    private readonly SipTransactionTimer _timerJ;

    internal NonInviteServerTransaction(SipTransactionContext context, SipInboundMessage inbound, SipTransactionKey key)
        : base(context, inbound, key, SipTransactionState.Trying)
    {
        _unanswered = CreateTimer("unanswered");
        _timerJ = CreateTimer("J");
    }

    /// <inheritdoc/>
    public override async ValueTask SendResponseAsync(SipResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var send = false;
        var terminate = false;
        lock (Gate)
        {
            if (CurrentState is SipTransactionState.Trying or SipTransactionState.Proceeding)
            {
                send = true;
                LastResponseLocked = response;
                if (response.IsProvisional)
                {
                    CurrentState = SipTransactionState.Proceeding;
                }
                else
                {
                    // §17.2.2: Completed absorbs request retransmissions for 64·T1; over TCP none come (Timer J = 0).
                    CurrentState = SipTransactionState.Completed;
                    _unanswered.Stop();
                    if (IsReliable)
                    {
                        terminate = TerminateLocked();
                    }
                    else
                    {
                        _timerJ.Start(Context.Options.SixtyFourT1);
                    }
                }
            }
        }

        if (terminate)
        {
            Finish();
        }

        if (send)
        {
            await SendOrFailAsync(response, terminateOnError: true, cancellationToken);
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
            _unanswered.Start(Context.Options.ServerNonInviteTimeout);
        }
    }

    private protected override void StopTimersLocked()
    {
        _unanswered.Stop();
        _timerJ.Stop();
    }

    private protected override async ValueTask OnTimerAsync(SipTransactionTimer timer, long generation)
    {
        var terminate = false;
        var timedOut = false;
        lock (Gate)
        {
            if (!timer.IsCurrent(generation))
            {
                return;
            }

            if (timer == _timerJ && CurrentState == SipTransactionState.Completed)
            {
                terminate = TerminateLocked();
            }
            else if (timer == _unanswered && CurrentState is SipTransactionState.Trying or SipTransactionState.Proceeding)
            {
                // The client gave up after 64·T1 (Timer F), so an answer now would be useless: drop the state.
                terminate = timedOut = TerminateLocked();
            }
        }

        if (terminate)
        {
            Finish();
        }

        if (timedOut)
        {
            await NotifyFailureAsync(SipTransactionFailure.Timeout);
        }
    }
}
