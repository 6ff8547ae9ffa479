using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The INVITE client transaction of RFC 3261 §17.1.1 with the Accepted state and Timer M of RFC 6026 §7.2.</summary>
public sealed class InviteClientTransaction : SipClientTransaction
{
    private readonly SipTransactionTimer _timerA;
    private readonly SipTransactionTimer _timerB;
    private readonly SipTransactionTimer _timerD;
    private readonly SipTransactionTimer _timerM;
    private SipRequest? _ack;
    private TaskCompletionSource<bool>? _cancelWanted;

    internal InviteClientTransaction(SipTransactionContext context, SipRequest request, SipRemote remote, SipResponseHandler? handler)
        : base(context, request, remote, handler, SipTransactionState.Calling)
    {
        _timerA = CreateTimer("A");
        _timerB = CreateTimer("B");
        _timerD = CreateTimer("D");
        _timerM = CreateTimer("M");
    }

    /// <summary>
    /// Cancels the INVITE (RFC 3261 §9.1) and returns the CANCEL's client transaction. While nothing has been heard the CANCEL
    /// waits for a provisional response, as §9.1 requires; null when a final response (or failure) came first.
    /// </summary>
    public async ValueTask<SipClientTransaction?> CancelAsync(SipResponseHandler? onResponse = null)
    {
        Task<bool> proceed;
        lock (Gate)
        {
            switch (CurrentState)
            {
                case SipTransactionState.Proceeding:
                    proceed = Task.FromResult(true);
                    break;
                case SipTransactionState.Calling:
                    _cancelWanted ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    proceed = _cancelWanted.Task;
                    break;
                default:
                    return null;
            }
        }

        if (!await proceed)
        {
            return null;
        }

        var cancel = InTransactionRequestBuilder.BuildCancel(Request);
        return await Context.Callbacks.StartCancel(cancel, Remote, onResponse);
    }

    internal override async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            // §17.1.1.2: Timer A only over unreliable transports; Timer B bounds the wait for any response.
            if (!IsReliable)
            {
                _timerA.Start(Context.Options.T1);
            }

            _timerB.Start(Context.Options.SixtyFourT1);
        }

        if (!await TrySendAsync(Request, cancellationToken))
        {
            await FailAsync(SipClientOutcome.TransportError);
        }
    }

    internal override async ValueTask ReceiveResponseAsync(SipResponse response)
    {
        SipRequest? send = null;
        var passUp = false;
        var complete = false;
        var terminate = false;
        TaskCompletionSource<bool>? cancel = null;
        lock (Gate)
        {
            switch (CurrentState)
            {
                case SipTransactionState.Calling or SipTransactionState.Proceeding when response.IsProvisional:
                    CurrentState = SipTransactionState.Proceeding;
                    _timerA.Stop();
                    _timerB.Stop();
                    passUp = true;
                    (cancel, _cancelWanted) = (_cancelWanted, null);
                    break;
                case SipTransactionState.Calling or SipTransactionState.Proceeding when response.IsSuccess:
                    // RFC 6026 §7.2: stay to pass 2xx retransmissions and forked 2xx to the TU, which ACKs each itself.
                    CurrentState = SipTransactionState.Accepted;
                    _timerA.Stop();
                    _timerB.Stop();
                    _timerM.Start(Context.Options.SixtyFourT1);
                    passUp = complete = true;
                    (cancel, _cancelWanted) = (_cancelWanted, null);
                    break;
                case SipTransactionState.Calling or SipTransactionState.Proceeding:
                    // §17.1.1.2: the transaction itself ACKs a non-2xx final response and absorbs its retransmissions.
                    CurrentState = SipTransactionState.Completed;
                    _timerA.Stop();
                    _timerB.Stop();
                    send = _ack = InTransactionRequestBuilder.BuildAck(Request, response);
                    passUp = complete = true;
                    (cancel, _cancelWanted) = (_cancelWanted, null);
                    if (IsReliable)
                    {
                        terminate = TerminateLocked();
                    }
                    else
                    {
                        _timerD.Start(Context.Options.TimerD);
                    }

                    break;
                case SipTransactionState.Completed when response.IsFinal && !response.IsSuccess:
                    send = _ack;
                    break;
                case SipTransactionState.Accepted when response.IsSuccess:
                    passUp = true;
                    break;
                default:
                    // Late provisionals, or a non-2xx after a 2xx: nothing for the TU (RFC 6026 §7.2).
                    break;
            }
        }

        // A CANCEL that waited for the first response goes out now, or never when the answer was final.
        cancel?.TrySetResult(response.IsProvisional);
        if (send is not null)
        {
            // A lost ACK is repaired by the server's retransmission of the response, so a failure here is only logged.
            await TrySendAsync(send);
        }

        await ConcludeAsync(response, terminate, complete, passUp);
    }

    private protected override void StopTimersLocked()
    {
        _timerA.Stop();
        _timerB.Stop();
        _timerD.Stop();
        _timerM.Stop();
    }

    private protected override void OnFailed()
    {
        TaskCompletionSource<bool>? cancel;
        lock (Gate)
        {
            (cancel, _cancelWanted) = (_cancelWanted, null);
        }

        cancel?.TrySetResult(false);
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

            if (timer == _timerA && CurrentState == SipTransactionState.Calling)
            {
                // §17.1.1.2: INVITE retransmissions double without the T2 cap that non-INVITE requests have.
                retransmit = true;
                _timerA.Start(_timerA.Interval * 2);
            }
            else if (timer == _timerB && CurrentState == SipTransactionState.Calling)
            {
                timeout = true;
            }
            else if ((timer == _timerD && CurrentState == SipTransactionState.Completed)
                || (timer == _timerM && CurrentState == SipTransactionState.Accepted))
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
