using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The client side of a transaction: sends a request, retransmits it over UDP and passes responses up to its TU.</summary>
public abstract class SipClientTransaction : SipTransaction
{
    private readonly SipResponseHandler? _handler;
    private readonly TaskCompletionSource<SipClientResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected SipClientTransaction(SipTransactionContext context, SipRequest request, SipRemote remote, SipResponseHandler? handler, SipTransactionState initialState)
        : base(context, request, remote, SipTransactionKey.ForClient(request.TopVia?.Branch ?? string.Empty, request.Method), initialState)
    {
        _handler = handler;
    }

    /// <summary>Completes with the first final response, or with a synthesized 408 (timeout) or 503 (transport error).</summary>
    public Task<SipClientResult> Completion => _completion.Task;

    /// <summary>Sends the request for the first time and starts the timers.</summary>
    internal abstract ValueTask StartAsync(CancellationToken cancellationToken);

    /// <summary>Handles a response matched to this transaction (§17.1.3).</summary>
    internal abstract ValueTask ReceiveResponseAsync(SipResponse response);

    /// <summary>Passes a response to the TU; its exceptions are logged, never thrown into the layer.</summary>
    private protected async ValueTask DeliverAsync(SipResponse response)
    {
        if (_handler is null)
        {
            return;
        }

        try
        {
            await _handler(this, response);
        }
#pragma warning disable CA1031 // A faulty TU must not break the transaction layer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Context.Logger.LogError(exception, "TU response handler failed on {Status} for {Transaction}", response.StatusCode, this);
        }
    }

    /// <summary>Carries out, after the state lock is released, what a client state machine decided for a response.</summary>
    private protected async ValueTask ConcludeAsync(SipResponse response, bool terminate, bool complete, bool passUp)
    {
        if (terminate)
        {
            Finish();
        }

        if (complete)
        {
            Complete(response, SipClientOutcome.Response);
        }

        if (passUp)
        {
            await DeliverAsync(response);
        }
    }

    private protected void Complete(SipResponse response, SipClientOutcome outcome) =>
        _completion.TrySetResult(new SipClientResult(response, outcome));

    /// <summary>Ends the transaction on a timeout or transport error: terminate, then tell the TU with a synthesized response (RFC 3261 §8.1.3.1).</summary>
    private protected async ValueTask FailAsync(SipClientOutcome outcome)
    {
        bool terminated;
        lock (Gate)
        {
            terminated = TerminateLocked();
        }

        if (!terminated)
        {
            return;
        }

        Finish();
        OnFailed();
        var response = Synthesize(outcome == SipClientOutcome.Timeout ? 408 : 503);
        Complete(response, outcome);
        await DeliverAsync(response);
    }

    /// <summary>Lets a subclass react to failure after termination (e.g. forget a pending CANCEL).</summary>
    private protected virtual void OnFailed()
    {
    }

    private SipResponse Synthesize(int statusCode)
    {
        var response = SipResponse.CreateFor(Request, statusCode);
        // No To tag: nobody answered, so no dialog must be created from it.
        if (Request.Headers.GetFirst(SipHeaderNames.To) is { } to)
        {
            response.Headers.Set(SipHeaderNames.To, to);
        }

        return response;
    }
}
