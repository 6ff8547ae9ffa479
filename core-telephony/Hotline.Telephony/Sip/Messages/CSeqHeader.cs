using System.Globalization;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>The CSeq header: a 32-bit sequence number and a method.</summary>
public sealed record CSeqHeader(uint Number, string Method)
{
    /// <summary>Parses "number LWS method".</summary>
    /// <exception cref="SipFormatException">The value is malformed or the number exceeds 2^32-1.</exception>
    public static CSeqHeader Parse(string value) => HeaderParsers.ParseCSeq(value, SipHeaderNames.CSeq);

    /// <inheritdoc/>
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + " " + Method;
}
