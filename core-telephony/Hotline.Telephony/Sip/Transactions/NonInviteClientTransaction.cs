using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The non-INVITE client transaction of RFC 3261 §17.1.2 (timers E, F and K).</summary>
public sealed class NonInviteClientTransaction : SipClientTransaction
{
    private readonly SipTransactionTimer _timerE;
    private readonly SipTransactionTimer _timerF;
    private readonly SipTransactionTimer _timerK;

    internal NonInviteClientTransaction(SipTransactionContext context, SipRequest request, SipRemote remote, SipResponseHandler? handler)
        : base(context, request, remote, handler, SipTransactionState.Trying)
    {
        _timerE = CreateTimer("E");
        _timerF = CreateTimer("F");
        _timerK = CreateTimer("K");
    }

    internal override async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (!IsReliable)
            {
                _timerE.Start(Context.Options.T1);
            }

            _timerF.Start(Context.Options.SixtyFourT1);
        }

        if (!await TrySendAsync(Request, cancellationToken))
        {
            await FailAsync(SipClientOutcome.TransportError);
        }
    }

    internal override async ValueTask ReceiveResponseAsync(SipResponse response)
    {
        var passUp = false;
        var complete = false;
        var terminate = false;
        lock (Gate)
        {
            if (CurrentState is SipTransactionState.Trying or SipTransactionState.Proceeding)
            {
                passUp = true;
                if (response.IsProvisional)
                {
                    CurrentState = SipTransactionState.Proceeding;
                }
                else
                {
                    // §17.1.2.2: Completed only to absorb retransmitted responses, which over TCP never come (Timer K = 0).
                    CurrentState = SipTransactionState.Completed;
                    complete = true;
                    _timerE.Stop();
                    _timerF.Stop();
                    if (IsReliable)
                    {
                        terminate = TerminateLocked();
                    }
                    else
                    {
                        _timerK.Start(Context.Options.T4);
                    }
                }
            }
        }

        await ConcludeAsync(response, terminate, complete, passUp);
    }

    private protected override void StopTimersLocked()
    {
        _timerE.Stop();
        _timerF.Stop();
        _timerK.Stop();
    }

    private protected override async ValueTask OnTimerAsync(SipTransactionTimer timer, long generation)
    {
        var retransmit = false;
        var timeout = false;
        var terminate = false;
        lock (Gate)
        {
            if (!timer.IsCurrent(generation))
            {
                return;
            }

            if (timer == _timerE && CurrentState is SipTransactionState.Trying or SipTransactionState.Proceeding)
            {
                // §17.1.2.2: back off to T2 while trying; once a provisional arrived, the server is alive, so retransmit every T2.
                retransmit = true;
                var next = CurrentState == SipTransactionState.Trying ? _timerE.Interval * 2 : Context.Options.T2;
                _timerE.Start(next < Context.Options.T2 ? next : Context.Options.T2);
            }
            else if (timer == _timerF && CurrentState is SipTransactionState.Trying or SipTransactionState.Proceeding)
            {
                timeout = true;
            }
            else if (timer == _timerK && CurrentState == SipTransactionState.Completed)
            {
                terminate = TerminateLocked();
            }
        }

        if (retransmit && !await TrySendAsync(Request))
        {
            await FailAsync(SipClientOutcome.TransportError);
        }

        if (timeout)
        {
            await FailAsync(SipClientOutcome.Timeout);
        }

        if (terminate)
        {
            Finish();
        }
    }
}
