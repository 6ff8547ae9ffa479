using System.Globalization;
using System.Numerics;

namespace Hotline.Telephony.Sdp;

/// <summary>The o= line (RFC 8866 §5.2): who created the session, its id and version, and the creator's address.</summary>
/// <remarks>
/// The id and version are kept as decimal strings because the grammar allows any number of digits;
/// RFC 8866 only recommends 64-bit values, and comparing or incrementing must not overflow.
/// </remarks>
public sealed record SdpOrigin(
    string Username,
    string SessionId,
    string SessionVersion,
    string NetworkType,
    string AddressType,
    string Address)
{
    /// <summary>The same origin with the version increased by one, as RFC 3264 §8 requires for a modified description.</summary>
    public SdpOrigin WithNextVersion() =>
        this with { SessionVersion = (Parse(SessionVersion) + BigInteger.One).ToString(CultureInfo.InvariantCulture) };

    /// <summary>The version as a number, for comparisons between successive descriptions.</summary>
    public BigInteger VersionNumber => Parse(SessionVersion);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Username} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}";

    private static BigInteger Parse(string digits) =>
        BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SdpFormatException($"The o= session version \"{digits}\" is not a decimal number.");
}
