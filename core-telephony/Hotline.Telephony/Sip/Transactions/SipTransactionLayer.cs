using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>
/// The RFC 3261 §17 transaction layer: matches inbound messages to transactions, creates client and server transactions,
/// and hands the rest to the <see cref="ISipTransactionUser"/>.
/// </summary>
public sealed class SipTransactionLayer : IDisposable
{
    private readonly ISipTransport _transport;
    private readonly SipTransactionOptions _options;
    private readonly ILogger _logger;
    private readonly SipTransactionTable _table = new();
    private readonly SipTransactionContext _context;
    private volatile ISipTransactionUser? _user;

    /// <summary>Creates the layer over <paramref name="transport"/>; set <see cref="User"/> before feeding it requests.</summary>
    public SipTransactionLayer(ISipTransport transport, SipTransactionOptions? options = null, TimeProvider? timeProvider = null, ILogger<SipTransactionLayer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
        _options = options ?? new SipTransactionOptions();
        _options.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var callbacks = new SipTransactionCallbacks(_table.Remove, NotifyServerFailedAsync, StartCancelAsync);
        _context = new SipTransactionContext(transport, timeProvider ?? TimeProvider.System, _options, _logger, callbacks);
    }

    /// <summary>The TU that receives requests and notifications; until it is set, new requests are answered 503.</summary>
    public ISipTransactionUser? User
    {
        get => _user;
        set => _user = value;
    }

    /// <summary>Live transactions, client and server; terminated ones leave the table at once.</summary>
    public int Count => _table.Count;

    /// <summary>Live server transactions (bounded by <see cref="SipTransactionOptions.MaxServerTransactions"/>).</summary>
    public int ServerCount => _table.ServerCount;

    /// <summary>Handles one inbound message from the transport. Never throws for a bad message or a faulty TU.</summary>
    public async ValueTask ReceiveAsync(SipInboundMessage inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        try
        {
            switch (inbound.Message)
            {
                case SipResponse response:
                    await ReceiveResponseAsync(response, inbound);
                    break;
                case SipRequest request:
                    await ReceiveRequestAsync(request, inbound);
                    break;
            }
        }
#pragma warning disable CA1031 // One message must never stop the transport's receive loop.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogError(exception, "Dropped a SIP message from {Remote} (Call-ID {CallId}, branch {Branch})", inbound.Remote, inbound.Message.CallId, inbound.Message.TopVia?.Branch);
        }
    }

    /// <summary>
    /// Starts a client transaction: adds a top Via with a new branch (sent-by from the transport), sends the request and
    /// retransmits it as §17.1 says. Responses go to <paramref name="onResponse"/>; the final result also to <see cref="SipClientTransaction.Completion"/>.
    /// ACK for a 2xx goes through <see cref="SendAckAsync"/>, CANCEL through <see cref="InviteClientTransaction.CancelAsync"/>.
    /// </summary>
    public async ValueTask<SipClientTransaction> SendRequestAsync(SipRequest request, SipRemote remote, SipResponseHandler? onResponse = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Is(SipMethods.Ack) || request.Is(SipMethods.Cancel))
        {
            throw new ArgumentException($"{request.Method} is not sent as a new client transaction (Call-ID {request.CallId}): use SendAckAsync or InviteClientTransaction.CancelAsync", nameof(request));
        }

        if (request.CSeq is not { } cseq || !string.Equals(cseq.Method, request.Method, StringComparison.Ordinal) || request.CallId is null || request.From is null || request.To is null)
        {
            throw new ArgumentException($"a {request.Method} request needs From, To, Call-ID and a CSeq naming its method (Call-ID {request.CallId}, CSeq {request.CSeq})", nameof(request));
        }

        request.AddTopVia(NewVia(remote.Transport));
        return await StartClientAsync(request, remote, onResponse, cancellationToken);
    }

    /// <summary>Starts an INVITE client transaction; see <see cref="SendRequestAsync"/>.</summary>
    public async ValueTask<InviteClientTransaction> SendInviteAsync(SipRequest invite, SipRemote remote, SipResponseHandler? onResponse = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invite);
        if (!invite.Is(SipMethods.Invite))
        {
            throw new ArgumentException($"expected an INVITE, got {invite.Method} (Call-ID {invite.CallId})", nameof(invite));
        }

        return (InviteClientTransaction)await SendRequestAsync(invite, remote, onResponse, cancellationToken);
    }

    /// <summary>
    /// Sends the ACK for a 2xx, which is no transaction (RFC 3261 §13.2.2.4, §17.1.1.3): a Via with a new branch is added
    /// the first time only, so the TU can send the same ACK again for each retransmitted 2xx.
    /// </summary>
    public async ValueTask SendAckAsync(SipRequest ack, SipRemote remote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ack);
        if (!ack.Is(SipMethods.Ack))
        {
            throw new ArgumentException($"expected an ACK, got {ack.Method} (Call-ID {ack.CallId})", nameof(ack));
        }

        if (ack.TopVia is null)
        {
            ack.AddTopVia(NewVia(remote.Transport));
        }

        await _transport.SendAsync(ack, remote, cancellationToken);
    }

    /// <summary>Stops every timer and forgets every transaction (shutdown).</summary>
    public void Dispose()
    {
        foreach (var transaction in _table.Snapshot())
        {
            transaction.Abandon();
        }

        _table.Clear();
    }

    private ViaHeader NewVia(SipTransportKind transport)
    {
        var (host, port) = _transport.SentBy(transport);
        var via = new ViaHeader(transport == SipTransportKind.Udp ? "UDP" : "TCP", host, port, SipIdentifiers.NewBranch());
        // RFC 3581: ask for responses back to our source port, which NATs rewrite.
        via.Parameters.Add("rport", null);
        return via;
    }

    private async ValueTask<SipClientTransaction> StartClientAsync(SipRequest request, SipRemote remote, SipResponseHandler? onResponse, CancellationToken cancellationToken)
    {
        SipClientTransaction transaction = request.Is(SipMethods.Invite)
            ? new InviteClientTransaction(_context, request, remote, onResponse)
            : new NonInviteClientTransaction(_context, request, remote, onResponse);
        if (!_table.TryAdd(transaction))
        {
            throw new InvalidOperationException($"a {request.Method} client transaction with branch {transaction.Branch} already exists (Call-ID {transaction.CallId})");
        }

        // In the table before the first send, so a fast response finds its transaction.
        await transaction.StartAsync(cancellationToken);
        return transaction;
    }

    private ValueTask<SipClientTransaction> StartCancelAsync(SipRequest cancel, SipRemote remote, SipResponseHandler? onResponse) =>
        StartClientAsync(cancel, remote, onResponse, CancellationToken.None);

    private async ValueTask ReceiveResponseAsync(SipResponse response, SipInboundMessage inbound)
    {
        // §17.1.3: branch of the top Via and the CSeq method.
        if (SipTransactionKey.ForResponse(response) is { } key && _table.Find(key) is SipClientTransaction transaction)
        {
            await transaction.ReceiveResponseAsync(response);
            return;
        }

        if (_user is { } user)
        {
            await CallUserAsync(() => user.OnStrayResponseAsync(inbound), "a stray response", response);
        }
    }

    private async ValueTask ReceiveRequestAsync(SipRequest request, SipInboundMessage inbound)
    {
        if (request.Is(SipMethods.Ack))
        {
            await ReceiveAckAsync(request, inbound);
            return;
        }

        if (SipTransactionKey.ForServer(request, request.Method) is not { } key)
        {
            _logger.LogDebug("Dropped a {Method} without Via or CSeq from {Remote}", request.Method, inbound.Remote);
            return;
        }

        if (_table.Find(key) is SipServerTransaction existing && existing.Matches(request))
        {
            await existing.ReceiveRetransmissionAsync();
            return;
        }

        if (_user is not { } user)
        {
            await RespondStatelessAsync(inbound, 503, "the transaction user is not ready");
            return;
        }

        if (_table.ServerCount >= _options.MaxServerTransactions)
        {
            await RespondStatelessAsync(inbound, 503, $"{_table.ServerCount} server transactions are open");
            return;
        }

        if (request.Is(SipMethods.Cancel))
        {
            await ReceiveCancelAsync(request, inbound, key, user);
            return;
        }

        if (_options.DetectMergedRequests && _table.FindMergedWith(request) is { } original && original.Key != key)
        {
            // §8.2.2.2: the same request arrived over another path; answer through a transaction so retransmissions are absorbed.
            if (CreateServer(inbound, key) is { } merged)
            {
                await merged.SendResponseAsync(merged.CreateResponse(482));
            }

            return;
        }

        if (CreateServer(inbound, key) is not { } transaction)
        {
            return;
        }

        if (!await CallUserAsync(() => user.OnRequestAsync(transaction), "a new request", request))
        {
            // The TU failed before answering: a 500 keeps the client from retransmitting into the void (discarded if it did answer).
            await transaction.SendResponseAsync(transaction.CreateResponse(500));
        }
    }

    private async ValueTask ReceiveAckAsync(SipRequest ack, SipInboundMessage inbound)
    {
        // §17.2.3: the ACK for a non-2xx belongs to the INVITE's transaction; an ACK for a 2xx has its own branch and goes to the TU.
        if (SipTransactionKey.ForServer(ack, SipMethods.Invite) is { } key
            && _table.Find(key) is InviteServerTransaction invite
            && invite.Matches(ack)
            && !invite.ReceiveAck())
        {
            return;
        }

        if (_user is { } user)
        {
            await CallUserAsync(() => user.OnAckAsync(inbound), "an ACK", ack);
        }
    }

    private async ValueTask ReceiveCancelAsync(SipRequest cancel, SipInboundMessage inbound, SipTransactionKey key, ISipTransactionUser user)
    {
        // §9.2: the CANCEL matches the INVITE it cancels by the §17.2.3 rules with the method ignored.
        var invite = SipTransactionKey.ForServer(cancel, SipMethods.Invite) is { } inviteKey
            && _table.Find(inviteKey) is InviteServerTransaction found && found.Matches(cancel)
            ? found
            : null;
        if (CreateServer(inbound, key) is not { } transaction)
        {
            return;
        }

        if (invite is null)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(481));
        }
        else if (invite.IsPending)
        {
            if (!await CallUserAsync(() => user.OnCancelAsync(transaction, invite), "a CANCEL", cancel))
            {
                await transaction.SendResponseAsync(transaction.CreateResponse(200));
            }
        }
        else
        {
            // The INVITE already has its final answer: the CANCEL changes nothing but is still answered 200 (§9.2).
            await transaction.SendResponseAsync(transaction.CreateResponse(200));
        }
    }

    /// <summary>Creates, registers and starts a server transaction; null when a concurrent copy of the request won the race.</summary>
    private SipServerTransaction? CreateServer(SipInboundMessage inbound, SipTransactionKey key)
    {
        SipServerTransaction transaction = ((SipRequest)inbound.Message).Is(SipMethods.Invite)
            ? new InviteServerTransaction(_context, inbound, key)
            : new NonInviteServerTransaction(_context, inbound, key);
        if (!_table.TryAdd(transaction))
        {
            // Another thread is handling the same request (a retransmission that arrived at the same time): absorb this one.
            return null;
        }

        transaction.Start();
        return transaction;
    }

    private async ValueTask RespondStatelessAsync(SipInboundMessage inbound, int statusCode, string why)
    {
        var request = (SipRequest)inbound.Message;
        _logger.LogWarning("Answered {Method} from {Remote} with {Status} without state: {Why} (Call-ID {CallId})", request.Method, inbound.Remote, statusCode, why, request.CallId);
        var response = SipResponse.CreateFor(request, statusCode);
        try
        {
            await _transport.SendAsync(response, SipResponseRouting.RemoteFor(inbound));
        }
#pragma warning disable CA1031 // A failed stateless answer is only logged: there is no transaction to fail.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogWarning(exception, "Could not send {Status} to {Remote} (Call-ID {CallId})", statusCode, inbound.Remote, request.CallId);
        }
    }

    private async ValueTask NotifyServerFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        _logger.LogInformation("SIP server transaction failed ({Failure}): {Transaction}", failure, transaction);
        if (_user is { } user)
        {
            await CallUserAsync(() => user.OnTransactionFailedAsync(transaction, failure), "a transaction failure", transaction.Request);
        }
    }

    /// <summary>Calls the TU; false when it threw (logged with the message's Call-ID and branch).</summary>
    private async ValueTask<bool> CallUserAsync(Func<ValueTask> call, string what, SipMessage message)
    {
        try
        {
            await call();
            return true;
        }
#pragma warning disable CA1031 // A faulty TU must not break the transaction layer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogError(exception, "The transaction user failed on {What} (Call-ID {CallId}, branch {Branch})", what, message.CallId, message.TopVia?.Branch);
            return false;
        }
    }
}
