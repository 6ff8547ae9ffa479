using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Tests.Sip.Auth;

/// <summary>Credentials written by hand from a challenge, as a third-party client (e.g. sipp, MD5 only) would send them.</summary>
internal static class ManualDigest
{
    public static string Answer(
        AuthenticationHeader challenge,
        string user,
        string password,
        SipRequest request,
        bool withQop = true,
        DigestAlgorithm? algorithm = null,
        string? uri = null)
    {
        algorithm ??= DigestAlgorithm.FromName(challenge.Parameters["algorithm"])!;
        uri ??= request.RequestUri.ToString()!;
        var realm = challenge.Parameters["realm"]!;
        var nonce = challenge.Parameters["nonce"]!;
        var ha1 = algorithm.Ha1(user, realm, password);
        var qop = withQop ? "auth" : null;
        var response = DigestComputation.Response(algorithm, ha1, nonce, withQop ? "00000001" : null, withQop ? "0a4f113b" : null, qop, request.Method, uri);
        var text = $"Digest username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{response}\", algorithm={algorithm.Name}";
        if (challenge.Parameters["opaque"] is { } opaque)
        {
            text += $", opaque=\"{opaque}\"";
        }

        return withQop ? text + ", qop=auth, nc=00000001, cnonce=\"0a4f113b\"" : text;
    }
}
