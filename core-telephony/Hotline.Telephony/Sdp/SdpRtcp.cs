using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>The value of an a=rtcp attribute (RFC 3605): the RTCP port, and optionally its own connection address.</summary>
public sealed record SdpRtcp(int Port, SdpConnection? Connection = null)
{
    /// <summary>The attribute name.</summary>
    public const string AttributeName = "rtcp";

    /// <summary>Parses "53020" or "53020 IN IP4 126.16.64.4"; false when malformed.</summary>
    public static bool TryParse(string? value, out SdpRtcp? rtcp)
    {
        rtcp = null;
        if (value is null)
        {
            return false;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (1 or 4)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port > 65535)
        {
            return false;
        }

        rtcp = new SdpRtcp(port, parts.Length == 4 ? new SdpConnection(parts[1], parts[2], parts[3]) : null);
        return true;
    }

    /// <summary>The attribute form of this value.</summary>
    public SdpAttributeLine ToAttribute() => new(AttributeName, ToString());

    /// <inheritdoc />
    public override string ToString() => Connection is null
        ? Port.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Port} {Connection}");
}
