namespace Hotline.Telephony.Sip.Auth;

/// <summary>How a request fared against digest authentication.</summary>
public enum DigestAuthenticationOutcome
{
    /// <summary>Credentials were valid; the request may proceed as <see cref="DigestAuthenticationResult.UserName"/>.</summary>
    Authenticated,

    /// <summary>No usable credentials (none, unknown scheme, other realm, unknown nonce, ...): a fresh challenge, not counted as a failure.</summary>
    Challenged,

    /// <summary>The credentials were checked and were wrong (or the user is unknown or disabled): a fresh challenge, counted as a failure.</summary>
    Failed,

    /// <summary>The response was right but the nonce expired or its count was replayed: a challenge with stale=true.</summary>
    Stale,

    /// <summary>Too many failures from this (address:port, user): refused until the cool-down ends.</summary>
    RateLimited,

    /// <summary>The credentials are self-contradictory (digest uri does not match the Request-URI): 400.</summary>
    BadRequest,
}
