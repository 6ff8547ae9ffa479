namespace Hotline.Telephony.Sip.Auth;

/// <summary>What a received nonce turned out to be.</summary>
public enum DigestNonceState
{
    /// <summary>Not issued by this server (bad format or MAC), or dated in the future.</summary>
    Invalid,

    /// <summary>Issued by this server and still within its lifetime.</summary>
    Fresh,

    /// <summary>Issued by this server but older than its lifetime: answered with stale=true when the response is right.</summary>
    Expired,
}
