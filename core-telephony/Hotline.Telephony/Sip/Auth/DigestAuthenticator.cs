using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>
/// Server-side SIP digest authentication (RFC 3261 §22 with RFC 8760 algorithms and RFC 7616 semantics): challenges,
/// verifies credentials against <see cref="ISipCredentialStore"/> HA1 values, and rate-limits repeated failures.
/// </summary>
public sealed class DigestAuthenticator
{
    private readonly DigestAuthenticatorOptions _options;
    private readonly DigestAlgorithm[] _algorithms;
    private readonly ISipCredentialStore _credentials;
    private readonly DigestNonceIssuer _nonces;
    private readonly DigestNonceCountTracker? _nonceCounts;
    private readonly TimeProvider _time;
    private readonly string _opaque;

    /// <summary>Creates an authenticator for one realm.</summary>
    public DigestAuthenticator(DigestAuthenticatorOptions options, ISipCredentialStore credentials, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(options.Realm, nameof(options.Realm));
        if (options.Algorithms.Count == 0)
        {
            throw new ArgumentException("At least one digest algorithm must be offered.", nameof(options));
        }

        _options = options;
        _algorithms = options.Algorithms.Distinct().ToArray();
        _credentials = credentials;
        _time = timeProvider ?? TimeProvider.System;
        var secret = options.NonceSecret ?? RandomNumberGenerator.GetBytes(32);
        _nonces = new DigestNonceIssuer(secret, options.NonceLifetime, _time);
        _nonceCounts = options.TrackNonceCounts ? new DigestNonceCountTracker(options.MaxTrackedNonces, options.NonceLifetime) : null;
        RateLimiter = new AuthFailureRateLimiter(options.RateLimit, _time);

        // The opaque value only has to come back unchanged (RFC 7616 §3.3); deriving it from the secret keeps nodes in agreement.
        _opaque = Base64Url.EncodeToString(HMACSHA256.HashData(secret, "opaque"u8).AsSpan(0, 16));
    }

    /// <summary>The realm challenged with.</summary>
    public string Realm => _options.Realm;

    /// <summary>The algorithms offered, in order of preference.</summary>
    public IReadOnlyList<DigestAlgorithm> Algorithms => _algorithms;

    /// <summary>The failure limiter (exposed for monitoring).</summary>
    public AuthFailureRateLimiter RateLimiter { get; }

    /// <summary>
    /// Authenticates <paramref name="request"/> from <paramref name="source"/>. Unauthenticated results carry the response to send:
    /// a 401/407 challenge (fresh, or stale=true), 403 while rate-limited, or 400 when the digest uri contradicts the Request-URI.
    /// </summary>
    public async ValueTask<DigestAuthenticationResult> AuthenticateAsync(
        SipRequest request,
        SipRemote source,
        DigestChallengeKind kind = DigestChallengeKind.Server,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(source.EndPoint);

        if (!TryFindCredentials(request, kind, out var credentials, out var why))
        {
            return Refuse(DigestAuthenticationOutcome.Challenged, request, kind, null, null, why);
        }

        var user = credentials.UserName;
        // A private copy: the key outlives this request, and endpoints are mutable objects the transport might reuse.
        var key = new AuthFailureKey(new IPEndPoint(source.EndPoint.Address, source.EndPoint.Port), user);
        if (RateLimiter.IsLockedOut(key, out var retryAfter))
        {
            // Checked before the response is verified, so a locked key learns nothing, not even a right password.
            return DigestAuthenticationResult.Refused(
                DigestAuthenticationOutcome.RateLimited, user, null, CreateRateLimitedResponse(request, retryAfter), $"{key} is locked out for {retryAfter}");
        }

        var algorithm = DigestAlgorithm.FromName(credentials.AlgorithmName);
        if (algorithm is null || Array.IndexOf(_algorithms, algorithm) < 0)
        {
            return Refuse(DigestAuthenticationOutcome.Challenged, request, kind, user, null, $"algorithm '{credentials.AlgorithmName}' was not offered");
        }

        if (credentials.Qop is null ? !_options.AllowResponsesWithoutQop : !string.Equals(credentials.Qop, DigestComputation.QopAuth, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(DigestAuthenticationOutcome.Challenged, request, kind, user, algorithm, $"qop '{credentials.Qop ?? "(none)"}' was not offered");
        }

        if (credentials.UserHash)
        {
            return Refuse(DigestAuthenticationOutcome.Challenged, request, kind, user, algorithm, "userhash is not offered");
        }

        if (credentials.Opaque is not null && !string.Equals(credentials.Opaque, _opaque, StringComparison.Ordinal))
        {
            return Refuse(DigestAuthenticationOutcome.Challenged, request, kind, user, algorithm, "opaque does not match");
        }

        if (!UriMatches(credentials.Uri, request.RequestUri))
        {
            // RFC 7616 §3.4.6: the digest uri must name the requested resource; a mismatch is a bad request, not a wrong password.
            var bad = SipResponse.CreateFor(request, 400, "Bad Request - digest uri does not match the Request-URI");
            return DigestAuthenticationResult.Refused(
                DigestAuthenticationOutcome.BadRequest, user, algorithm, bad, $"digest uri '{credentials.Uri}' is not Request-URI '{request.RequestUri}'");
        }

        var nonceState = _nonces.Validate(credentials.Nonce, out var issuedAt);
        if (nonceState == DigestNonceState.Invalid)
        {
            // Not ours (forged, or from before a restart): no password was tested, so this is not counted.
            return Refuse(DigestAuthenticationOutcome.Challenged, request, kind, user, algorithm, "nonce was not issued here");
        }

        var stored = await _credentials.FindAsync(user, Realm, cancellationToken).ConfigureAwait(false);
        var ha1 = stored is { Enabled: true } ? stored.Ha1For(algorithm) : null;
        if (ha1 is null)
        {
            // Unknown, disabled or unprovisioned users look exactly like a wrong password, so user names cannot be probed.
            RateLimiter.RecordFailure(key);
            return Refuse(DigestAuthenticationOutcome.Failed, request, kind, user, algorithm, $"no enabled {algorithm} credential for '{user}' in realm '{Realm}'");
        }

        var expected = DigestComputation.Response(
            algorithm, ha1, credentials.Nonce, credentials.NonceCount, credentials.ClientNonce, credentials.Qop, request.Method, credentials.Uri, request.Body.Span);
        if (!DigestComputation.HexEquals(expected, credentials.Response))
        {
            RateLimiter.RecordFailure(key);
            return Refuse(DigestAuthenticationOutcome.Failed, request, kind, user, algorithm, "response does not match (wrong password)");
        }

        if (nonceState == DigestNonceState.Expired)
        {
            // RFC 7616 §3.3: the client knew the password, so it may retry silently with the new nonce.
            return Refuse(DigestAuthenticationOutcome.Stale, request, kind, user, algorithm, "nonce expired", stale: true);
        }

        // Without qop there is no nc: count the use as 1, which makes an RFC 2069 nonce single-use.
        var count = credentials.Qop is null ? 1u : credentials.NonceCountValue;
        if (_nonceCounts is not null && !_nonceCounts.TryAccept(credentials.Nonce, issuedAt, count, _time.GetUtcNow()))
        {
            return Refuse(DigestAuthenticationOutcome.Stale, request, kind, user, algorithm, $"nonce count {count} was already used", stale: true);
        }

        RateLimiter.RecordSuccess(key);
        return DigestAuthenticationResult.Success(user, algorithm);
    }

    /// <summary>A 401 (or 407) response to <paramref name="request"/> with one challenge per offered algorithm, each with a new nonce.</summary>
    public SipResponse CreateChallenge(SipRequest request, DigestChallengeKind kind = DigestChallengeKind.Server, bool stale = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = SipResponse.CreateFor(request, DigestHeaders.StatusCode(kind));
        var headerName = DigestHeaders.Challenge(kind);
        foreach (var algorithm in _algorithms)
        {
            var challenge = new AuthenticationHeader("Digest");
            challenge.Parameters.Add("realm", SipEscaping.Quote(Realm));
            challenge.Parameters.Add("nonce", SipEscaping.Quote(_nonces.Issue()));
            challenge.Parameters.Add("opaque", SipEscaping.Quote(_opaque));
            challenge.Parameters.Add("algorithm", algorithm.Name);
            challenge.Parameters.Add("qop", SipEscaping.Quote(DigestComputation.QopAuth));
            if (stale)
            {
                challenge.Parameters.Add("stale", "true");
            }

            response.Headers.Add(headerName, challenge.ToString());
        }

        return response;
    }

    private static SipResponse CreateRateLimitedResponse(SipRequest request, TimeSpan retryAfter)
    {
        // 403 rather than 503: 503 tells RFC 3263 clients and upstream proxies that the whole server is unavailable
        // (they fail over or back off for every request), while the lockout concerns one (address:port, user) only.
        // 403 says "authorization will not help, do not repeat" (RFC 3261 §21.4.4), which is the truth during the cool-down;
        // Retry-After (§20.33) tells a well-behaved client when it may try again.
        var response = SipResponse.CreateFor(request, 403, "Forbidden - too many authentication failures");
        var seconds = (long)Math.Ceiling(retryAfter.TotalSeconds);
        response.Headers.Add("Retry-After", Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture));
        return response;
    }

    private static bool UriMatches(string digestUri, AddressUri requestUri)
    {
        if (string.Equals(digestUri, requestUri.ToString(), StringComparison.Ordinal))
        {
            return true;
        }

        // Equivalent spellings (case of scheme/host, escaping) are the same resource per RFC 3261 §19.1.4.
        return AddressUri.TryParse(digestUri, out var parsed) && parsed.Equals(requestUri);
    }

    private bool TryFindCredentials(SipRequest request, DigestChallengeKind kind, out DigestCredentials credentials, out string why)
    {
        credentials = null!;
        why = "no credentials";
        IReadOnlyList<AuthenticationHeader> headers;
        try
        {
            headers = kind == DigestChallengeKind.Proxy ? request.ProxyAuthorizations : request.Authorizations;
        }
        catch (SipFormatException ex)
        {
            why = "unreadable credentials: " + ex.Message;
            return false;
        }

        // RFC 3261 §22.4: several credentials may be present (one per realm); only Digest for our realm concerns us.
        // Anything else, including unknown schemes (RFC 4475 regaut01), just earns a fresh challenge, never a 400.
        foreach (var header in headers)
        {
            if (!header.IsDigest)
            {
                why = $"scheme '{header.Scheme}' is not supported";
                continue;
            }

            if (!string.Equals(header.Parameters["realm"], Realm, StringComparison.Ordinal))
            {
                why = $"credentials are for realm '{header.Parameters["realm"]}', not '{Realm}'";
                continue;
            }

            if (DigestCredentials.TryParse(header, out var parsed, out var error))
            {
                credentials = parsed;
                return true;
            }

            why = error;
        }

        return false;
    }

    private DigestAuthenticationResult Refuse(
        DigestAuthenticationOutcome outcome,
        SipRequest request,
        DigestChallengeKind kind,
        string? user,
        DigestAlgorithm? algorithm,
        string detail,
        bool stale = false) =>
        DigestAuthenticationResult.Refused(outcome, user, algorithm, CreateChallenge(request, kind, stale), detail);
}
