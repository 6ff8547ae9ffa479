using System.Globalization;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// A baresip account (one line of its accounts file, baresip 1.0.0 syntax) that sends everything to the platform
/// at 127.0.0.1:<see cref="ProxyPort"/> as outbound proxy, in the harness's SIP domain.
/// </summary>
/// <param name="User">The user part of the AOR, e.g. an extension 8001.</param>
/// <param name="Password">Digest password (auth_pass); none for an anonymous caller.</param>
/// <param name="ProxyPort">The platform's UDP port on loopback.</param>
/// <param name="AnswerMode">
/// manual (the default: CALL_INCOMING, then the test accepts), auto (baresip 1.0.0 answers at once and reports no
/// CALL_INCOMING) or early.
/// </param>
/// <param name="Register">When false (regint=0) baresip never sends REGISTER: a caller without a binding.</param>
/// <param name="Transport">udp or tcp, for the AOR and the outbound proxy (the platform listens on both at the port).</param>
internal sealed record BaresipAccount(
    string User, string? Password, int ProxyPort, string AnswerMode = "manual", bool Register = true, string Transport = "udp")
{
    /// <summary>The SIP domain of the harnesses and of the demo organisation.</summary>
    public const string Domain = "hotline.local";

    public string Aor => $"sip:{User}@{Domain}";

    /// <summary>The account line, e.g. <c>&lt;sip:8001@hotline.local;transport=udp&gt;;outbound="sip:127.0.0.1:5060;transport=udp";regint=600;…;auth_pass=…</c>.</summary>
    public string ToAccountLine()
    {
        var port = ProxyPort.ToString(CultureInfo.InvariantCulture);
        var line = $"<{Aor};transport={Transport}>;outbound=\"sip:127.0.0.1:{port};transport={Transport}\";regint={(Register ? 600 : 0)};"
            + $"answermode={AnswerMode};audio_codecs=PCMU,PCMA;mwi=no";
        return Password is null ? line : line + $";auth_pass={Password}";
    }
}
