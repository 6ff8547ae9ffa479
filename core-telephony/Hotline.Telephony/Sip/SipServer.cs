using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SipRegistrar = Hotline.Telephony.Sip.Registrar.Registrar;
using LocationService = Hotline.Telephony.Sip.Registrar.LocationService;
using RegistrarOptions = Hotline.Telephony.Sip.Registrar.RegistrarOptions;

namespace Hotline.Telephony.Sip;

/// <summary>
/// The SIP service: transports, transactions, registrar and B2BUA put together, and the policy that decides
/// what each request may reach (citizens only service numbers; extensions after digest authentication).
/// </summary>
public sealed partial class SipServer : ISipTransactionUser, IAsyncDisposable
{
    private const string Allow = "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, INFO, UPDATE, REFER, NOTIFY";
    private static readonly HashSet<string> KnownMethods = new(StringComparer.Ordinal)
    {
        SipMethods.Invite, SipMethods.Ack, SipMethods.Cancel, SipMethods.Bye, SipMethods.Options, SipMethods.Register,
        SipMethods.Info, SipMethods.Update, SipMethods.Refer, SipMethods.Notify, SipMethods.Prack, SipMethods.Subscribe,
        SipMethods.Publish, SipMethods.Message,
    };

    private readonly SipServerOptions _options;
    private readonly SipTransactionLayer _transactions;
    private readonly SipRegistrar _registrar;
    private readonly DigestAuthenticator _authenticator;
    private readonly TrunkDirectory _trunks;
    private readonly SipTargetResolver _resolver;
    private readonly IServiceNumberResolver _serviceNumbers;
    private readonly B2bua _b2bua;
    private readonly ILogger _logger;

    /// <param name="media">Anchors every call's audio (recording, IVR, conference); null relays SDP between the phones instead.</param>
    /// <param name="serviceNumbers">Asked per INVITE which numbers are service numbers; null answers the fixed <see cref="SipServerOptions.ServiceNumbers"/>.</param>
    public SipServer(
        SipServerOptions options, ISipCredentialStore credentials, TimeProvider? time = null, ILoggerFactory? loggers = null,
        Hotline.Telephony.Media.Sessions.MediaEngine? media = null, IServiceNumberResolver? serviceNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _serviceNumbers = serviceNumbers ?? new FixedServiceNumbers(options.ServiceNumbers, flow: "");
        time ??= TimeProvider.System;
        loggers ??= NullLoggerFactory.Instance;
        _logger = loggers.CreateLogger<SipServer>();
        Transports = new SipTransportLayer(options.Listen, options.Transport);
        _transactions = new SipTransactionLayer(Transports, options.Transactions, time, loggers.CreateLogger<SipTransactionLayer>()) { User = this };
        Transports.OnMessage(_transactions.ReceiveAsync);

        var digest = new DigestAuthenticatorOptions { Realm = options.Domain };
        digest.Algorithms.Clear();
        foreach (var algorithm in options.DigestAlgorithms)
        {
            digest.Algorithms.Add(algorithm);
        }

        _authenticator = new DigestAuthenticator(digest, credentials, time);
        Location = new LocationService(null, time);
        var registrarOptions = new RegistrarOptions();
        foreach (var domain in Domains())
        {
            registrarOptions.Domains.Add(domain);
        }

        _registrar = new SipRegistrar(registrarOptions, Location, _authenticator);
        _trunks = new TrunkDirectory(options.Trunks);
        _resolver = new SipTargetResolver(Location, _trunks, [.. registrarOptions.Domains]);
        _b2bua = new B2bua(_transactions, Transports, _resolver,
            new B2buaOptions { Domain = options.Domain, UserAgent = options.UserAgent, T1 = options.Transactions.T1, T2 = options.Transactions.T2 },
            time, loggers.CreateLogger<B2bua>(), media);
    }

    /// <summary>The call-control API the application drives.</summary>
    public ICallControl Calls => _b2bua;

    /// <summary>The B2BUA itself (for counters in tests and health).</summary>
    public B2bua B2bua => _b2bua;

    /// <summary>Registrations of phones.</summary>
    public LocationService Location { get; }

    public SipTransportLayer Transports { get; }

    /// <summary>Transactions in progress (bounded: they time out).</summary>
    public int TransactionCount => _transactions.Count;

    /// <summary>The digest failure limiter per (address:port, user), for monitoring (its size is bounded).</summary>
    public AuthFailureRateLimiter AuthFailures => _authenticator.RateLimiter;

    /// <summary>Binds the listen addresses and starts serving.</summary>
    public void Start() => Transports.Start();

    // The registrar accepts AORs in the platform's domain and at the addresses it listens on (phones often use the IP).
    private IEnumerable<string> Domains()
    {
        yield return _options.Domain;
        foreach (var address in _options.Listen.Select(a => a.EndPoint.Address.ToString()).Distinct())
        {
            yield return address;
        }

        yield return "localhost";
    }

    /// <inheritdoc />
    public async ValueTask OnRequestAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        if (request.RequestUri is not (SipUri or TelUri))
        {
            await RespondAsync(transaction, 416, $"Unsupported URI scheme {request.RequestUri.Scheme}");
            return;
        }

        if (request.To?.Tag is not null)
        {
            if (!await _b2bua.OnInDialogRequestAsync(transaction))
            {
                await RespondAsync(transaction, 481);
            }

            return;
        }

        switch (request.Method)
        {
            case SipMethods.Register:
                await transaction.SendResponseAsync(await _registrar.HandleAsync(request, transaction.Remote));
                break;
            case SipMethods.Options:
                await AnswerOptionsAsync(transaction);
                break;
            case SipMethods.Invite:
                await OnNewInviteAsync((InviteServerTransaction)transaction);
                break;
            case SipMethods.Bye or SipMethods.Info or SipMethods.Update or SipMethods.Refer or SipMethods.Notify or SipMethods.Prack:
                await RespondAsync(transaction, 481); // these exist only inside a dialog
                break;
            default:
                if (KnownMethods.Contains(request.Method))
                {
                    var notAllowed = transaction.CreateResponse(405);
                    notAllowed.Headers.Add(SipHeaderNames.Allow, Allow);
                    await transaction.SendResponseAsync(notAllowed);
                }
                else
                {
                    await RespondAsync(transaction, 501, $"{request.Method} is not implemented");
                }

                break;
        }
    }

    private async Task AnswerOptionsAsync(SipServerTransaction transaction)
    {
        if (await RejectUnsupportedAsync(transaction))
        {
            return;
        }

        var ok = transaction.CreateResponse(200);
        ok.Headers.Add(SipHeaderNames.Allow, Allow);
        ok.Headers.Add(SipHeaderNames.Accept, "application/sdp");
        ok.Headers.Add("Server", _options.UserAgent);
        await transaction.SendResponseAsync(ok);
    }

    /// <summary>420 for option tags we do not support (RFC 3261 §8.2.2.3), 415 for bodies we cannot read (§8.2.3).</summary>
    private static async Task<bool> RejectUnsupportedAsync(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        if (request.Require.Count > 0)
        {
            var response = transaction.CreateResponse(420);
            response.Headers.Add(SipHeaderNames.Unsupported, string.Join(", ", request.Require));
            await transaction.SendResponseAsync(response);
            return true;
        }

        if (!request.Body.IsEmpty && request.ContentType is { } type && !type.Is("application", "sdp"))
        {
            var response = transaction.CreateResponse(415);
            response.Headers.Add(SipHeaderNames.Accept, "application/sdp");
            await transaction.SendResponseAsync(response);
            return true;
        }

        return false;
    }

    private static ValueTask RespondAsync(SipServerTransaction transaction, int status, string? reason = null) =>
        transaction.SendResponseAsync(transaction.CreateResponse(status, reason));

    /// <inheritdoc />
    public async ValueTask OnCancelAsync(SipServerTransaction cancel, InviteServerTransaction invite) => await _b2bua.OnCancelAsync(cancel, invite);

    /// <inheritdoc />
    public async ValueTask OnAckAsync(SipInboundMessage ack) => await _b2bua.OnAckAsync(ack);

    /// <inheritdoc />
    public async ValueTask OnStrayResponseAsync(SipInboundMessage response) => await _b2bua.OnStrayResponseAsync(response);

    /// <inheritdoc />
    public ValueTask OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        _logger.LogDebug("Server transaction {Transaction} failed: {Failure}", transaction, failure);
        // An INVITE the application left unanswered (the layer sent 408) or could not be answered ends its call, or it would stay forever.
        return transaction is InviteServerTransaction invite ? new ValueTask(_b2bua.OnInboundInviteFailedAsync(invite, failure)) : ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _b2bua.Dispose();
        await Transports.DisposeAsync();
        _transactions.Dispose();
        Location.Dispose();
    }
}
