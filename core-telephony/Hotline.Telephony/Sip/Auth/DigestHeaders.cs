using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>Maps a <see cref="DigestChallengeKind"/> to its status code and header names.</summary>
internal static class DigestHeaders
{
    public static int StatusCode(DigestChallengeKind kind) => kind == DigestChallengeKind.Proxy ? 407 : 401;

    public static string Challenge(DigestChallengeKind kind) =>
        kind == DigestChallengeKind.Proxy ? SipHeaderNames.ProxyAuthenticate : SipHeaderNames.WwwAuthenticate;

    public static string Credentials(DigestChallengeKind kind) =>
        kind == DigestChallengeKind.Proxy ? SipHeaderNames.ProxyAuthorization : SipHeaderNames.Authorization;

    public static DigestChallengeKind KindOf(SipResponse challenge) =>
        challenge.StatusCode == 407 ? DigestChallengeKind.Proxy : DigestChallengeKind.Server;
}
