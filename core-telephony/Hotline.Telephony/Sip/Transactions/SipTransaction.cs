using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>A SIP transaction (RFC 3261 §17): one request, its responses and, for non-2xx INVITE answers, the ACK.</summary>
/// <remarks>
/// State changes happen under a per-transaction lock; messages are sent and the TU is called only after the lock is released,
/// so a slow transport or TU never blocks timers or other messages of the same transaction.
/// </remarks>
public abstract class SipTransaction
{
    private SipTransactionState _state;
    private int _finished;

    private protected SipTransaction(SipTransactionContext context, SipRequest request, SipRemote remote, SipTransactionKey key, SipTransactionState initialState)
    {
        Context = context;
        Request = request;
        Remote = remote;
        Key = key;
        _state = initialState;
        Branch = request.TopVia?.Branch ?? string.Empty;
        CallId = request.CallId ?? string.Empty;
    }

    /// <summary>The request that created the transaction.</summary>
    public SipRequest Request { get; }

    /// <summary>Where requests (client) or responses (server) of this transaction are sent.</summary>
    public SipRemote Remote { get; }

    /// <summary>The branch of the request's top Via (empty for an RFC 2543 request without one).</summary>
    public string Branch { get; }

    /// <summary>The request's Call-ID, for logs and error messages.</summary>
    public string CallId { get; }

    /// <summary>The current state.</summary>
    public SipTransactionState State
    {
        get
        {
            lock (Gate)
            {
                return _state;
            }
        }
    }

    internal SipTransactionKey Key { get; }

    private protected Lock Gate { get; } = new();

    private protected SipTransactionContext Context { get; }

    private protected bool IsReliable => Remote.IsReliable;

    /// <summary>The state, read or changed only under <see cref="Gate"/>.</summary>
    private protected SipTransactionState CurrentState
    {
        get => _state;
        set => _state = value;
    }

    /// <summary>Stops the timers without notifying anyone (layer shutdown).</summary>
    internal void Abandon()
    {
        lock (Gate)
        {
            TerminateLocked();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} {Request.Method} branch {Branch} Call-ID {CallId} ({CurrentState})";

    /// <summary>Stops every timer; called under <see cref="Gate"/> on termination.</summary>
    private protected abstract void StopTimersLocked();

    /// <summary>Handles a timer that fired; runs on a timer thread.</summary>
    private protected abstract ValueTask OnTimerAsync(SipTransactionTimer timer, long generation);

    private protected SipTransactionTimer CreateTimer(string name) => new(name, Context.Time, TimerFired);

    /// <summary>Moves to Terminated under <see cref="Gate"/>; false when already there. Call <see cref="Finish"/> after releasing the lock.</summary>
    private protected bool TerminateLocked()
    {
        if (_state == SipTransactionState.Terminated)
        {
            return false;
        }

        _state = SipTransactionState.Terminated;
        StopTimersLocked();
        return true;
    }

    /// <summary>Removes the terminated transaction from the layer's table (once).</summary>
    private protected void Finish()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 0)
        {
            Context.Callbacks.Terminated(this);
        }
    }

    /// <summary>Sends <paramref name="message"/> to <see cref="Remote"/>; false when the transport failed (logged with context).</summary>
    private protected async ValueTask<bool> TrySendAsync(SipMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            await Context.Transport.SendAsync(message, Remote, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any transport failure is a transport error for the state machine (RFC 3261 §17.1.4, §17.2.4).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Context.Logger.LogWarning(exception, "SIP transport error sending {What} to {Remote} for {Transaction}", Describe(message), Remote, this);
            return false;
        }
    }

    private static string Describe(SipMessage message) => message switch
    {
        SipRequest request => request.Method,
        SipResponse response => response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => message.GetType().Name,
    };

    private void TimerFired(SipTransactionTimer timer, long generation) => _ = RunTimerAsync(timer, generation);

    private async Task RunTimerAsync(SipTransactionTimer timer, long generation)
    {
        try
        {
            await OnTimerAsync(timer, generation);
        }
#pragma warning disable CA1031 // A fault in one timer must not take the timer thread or other transactions down.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Context.Logger.LogError(exception, "SIP timer {Timer} failed for {Transaction}", timer.Name, this);
        }
    }
}
