using System.Globalization;
using System.Security.Cryptography;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>
/// The client side of SIP digest (RFC 3261 §22.2/§22.3, RFC 8760): answers a 401/407 challenge for a request, preferring SHA-256,
/// and can reuse the last challenge of each realm with a growing nonce count. For outbound trunks and tests; one user per instance.
/// </summary>
public sealed class DigestClient
{
    private readonly Dictionary<string, CachedChallenge> _challenges = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly string _password;

    /// <summary>Creates a client that authenticates as <paramref name="userName"/>.</summary>
    public DigestClient(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(password);
        UserName = userName;
        _password = password;
    }

    /// <summary>The user name sent in credentials.</summary>
    public string UserName { get; }

    /// <summary>
    /// Adds credentials answering <paramref name="challenge"/> (a 401 or 407) to <paramref name="request"/>, replacing earlier ones;
    /// returns false when no challenge is Digest with a supported algorithm and qop. The caller then sends it with a new CSeq.
    /// </summary>
    public bool TryAuthorize(SipRequest request, SipResponse challenge)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(challenge);
        var kind = DigestHeaders.KindOf(challenge);
        IReadOnlyList<AuthenticationHeader> offered;
        try
        {
            offered = kind == DigestChallengeKind.Proxy ? challenge.ProxyAuthenticates : challenge.WwwAuthenticates;
        }
        catch (SipFormatException)
        {
            return false;
        }

        // One answer per realm: a forking proxy may aggregate challenges of several realms (RFC 3261 §22.3).
        var chosen = new Dictionary<string, CachedChallenge>(StringComparer.Ordinal);
        foreach (var header in offered)
        {
            if (TryRead(header, kind, out var candidate)
                && (!chosen.TryGetValue(candidate.Realm, out var current) || Rank(candidate.Algorithm) > Rank(current.Algorithm)))
            {
                chosen[candidate.Realm] = candidate;
            }
        }

        if (chosen.Count == 0)
        {
            return false;
        }

        request.Headers.Remove(DigestHeaders.Credentials(kind));
        lock (_lock)
        {
            foreach (var selected in chosen.Values)
            {
                _challenges[selected.Realm] = selected;
                request.Headers.Add(DigestHeaders.Credentials(kind), CreateCredentials(request, selected).ToString());
            }
        }

        return true;
    }

    /// <summary>
    /// Adds credentials for a new request from the challenges remembered by <see cref="TryAuthorize"/> (next nonce count),
    /// sparing a round trip; returns false when nothing is remembered. The server may still answer stale=true.
    /// </summary>
    public bool TryReauthorize(SipRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            if (_challenges.Count == 0)
            {
                return false;
            }

            foreach (var kind in _challenges.Values.Select(c => c.Kind).Distinct())
            {
                request.Headers.Remove(DigestHeaders.Credentials(kind));
            }

            foreach (var cached in _challenges.Values)
            {
                request.Headers.Add(DigestHeaders.Credentials(cached.Kind), CreateCredentials(request, cached).ToString());
            }
        }

        return true;
    }

    // Strongest first, whatever order the server listed them in (RFC 7616 §3.7 allows a local policy).
    private static int Rank(DigestAlgorithm algorithm) => ReferenceEquals(algorithm, DigestAlgorithm.Sha256) ? 2 : 1;

    private static bool TryRead(AuthenticationHeader header, DigestChallengeKind kind, out CachedChallenge challenge)
    {
        challenge = null!;
        var p = header.Parameters;
        var algorithmName = p["algorithm"];
        if (!header.IsDigest || p["realm"] is not { } realm || p["nonce"] is not { } nonce
            || (algorithmName?.EndsWith("-sess", StringComparison.OrdinalIgnoreCase) ?? false)
            || DigestAlgorithm.FromName(algorithmName) is not { } algorithm)
        {
            return false;
        }

        string? qop = null;
        if (p["qop"] is { } qopList)
        {
            var options = qopList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            qop = options.FirstOrDefault(o => string.Equals(o, DigestComputation.QopAuth, StringComparison.OrdinalIgnoreCase))
                ?? options.FirstOrDefault(o => string.Equals(o, DigestComputation.QopAuthInt, StringComparison.OrdinalIgnoreCase));
            if (qop is null)
            {
                return false;
            }
        }

        challenge = new CachedChallenge(kind, realm, nonce, p["opaque"], algorithm, algorithmName is not null, qop);
        return true;
    }

    private AuthenticationHeader CreateCredentials(SipRequest request, CachedChallenge challenge)
    {
        var uri = $"{request.RequestUri}";
        var ha1 = challenge.Algorithm.Ha1(UserName, challenge.Realm, _password);
        string? nonceCount = null;
        string? clientNonce = null;
        if (challenge.Qop is not null)
        {
            challenge.NonceCount++;
            nonceCount = challenge.NonceCount.ToString("x8", CultureInfo.InvariantCulture);
            clientNonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        }

        var response = DigestComputation.Response(
            challenge.Algorithm, ha1, challenge.Nonce, nonceCount, clientNonce, challenge.Qop, request.Method, uri, request.Body.Span);
        var credentials = new AuthenticationHeader("Digest");
        credentials.Parameters.Add("username", SipEscaping.Quote(UserName));
        credentials.Parameters.Add("realm", SipEscaping.Quote(challenge.Realm));
        credentials.Parameters.Add("nonce", SipEscaping.Quote(challenge.Nonce));
        credentials.Parameters.Add("uri", SipEscaping.Quote(uri));
        credentials.Parameters.Add("response", SipEscaping.Quote(response));
        if (challenge.AlgorithmWasNamed)
        {
            credentials.Parameters.Add("algorithm", challenge.Algorithm.Name);
        }

        if (challenge.Opaque is not null)
        {
            credentials.Parameters.Add("opaque", SipEscaping.Quote(challenge.Opaque));
        }

        if (challenge.Qop is not null)
        {
            credentials.Parameters.Add("qop", challenge.Qop);
            credentials.Parameters.Add("nc", nonceCount);
            credentials.Parameters.Add("cnonce", SipEscaping.Quote(clientNonce!));
        }

        return credentials;
    }

    private sealed record CachedChallenge(
        DigestChallengeKind Kind, string Realm, string Nonce, string? Opaque, DigestAlgorithm Algorithm, bool AlgorithmWasNamed, string? Qop)
    {
        public uint NonceCount { get; set; }
    }
}
