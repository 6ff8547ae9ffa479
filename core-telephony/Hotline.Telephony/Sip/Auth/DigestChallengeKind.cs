namespace Hotline.Telephony.Sip.Auth;

/// <summary>Who challenges: a UAS or registrar (401, WWW-Authenticate) or a proxy (407, Proxy-Authenticate), RFC 3261 §22.2/§22.3.</summary>
public enum DigestChallengeKind
{
    /// <summary>401 Unauthorized with WWW-Authenticate; credentials come in Authorization.</summary>
    Server,

    /// <summary>407 Proxy Authentication Required with Proxy-Authenticate; credentials come in Proxy-Authorization.</summary>
    Proxy,
}
