using System.Globalization;
using System.Text;

namespace Hotline.Telephony.Sdp;

/// <summary>Writes a session description in the line order RFC 8866 §5 prescribes, with CRLF line endings.</summary>
public static class SdpSerializer
{
    /// <summary>The SDP text.</summary>
    public static string Serialize(SessionDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var sb = new StringBuilder(512);
        Line(sb, 'v', description.Version.ToString(CultureInfo.InvariantCulture));
        Line(sb, 'o', description.Origin.ToString());
        Line(sb, 's', string.IsNullOrEmpty(description.SessionName) ? "-" : description.SessionName);
        Optional(sb, 'i', description.Information);
        Optional(sb, 'u', description.Uri);
        foreach (var email in description.Emails)
        {
            Line(sb, 'e', email);
        }

        foreach (var phone in description.Phones)
        {
            Line(sb, 'p', phone);
        }

        if (description.Connection is { } connection)
        {
            Line(sb, 'c', connection.ToString());
        }

        foreach (var bandwidth in description.Bandwidths)
        {
            Line(sb, 'b', bandwidth.ToString());
        }

        if (description.Timings.Count == 0)
        {
            Line(sb, 't', "0 0");
        }

        foreach (var timing in description.Timings)
        {
            Line(sb, 't', timing.ToString());
            foreach (var repeat in timing.Repeats)
            {
                Line(sb, 'r', repeat);
            }
        }

        Optional(sb, 'z', description.TimeZones);
        Optional(sb, 'k', description.EncryptionKey);
        Attributes(sb, description.Attributes, description.UnknownLines);
        foreach (var media in description.Media)
        {
            Line(sb, 'm', media.FormatMediaLine());
            Optional(sb, 'i', media.Information);
            foreach (var c in media.Connections)
            {
                Line(sb, 'c', c.ToString());
            }

            foreach (var bandwidth in media.Bandwidths)
            {
                Line(sb, 'b', bandwidth.ToString());
            }

            Optional(sb, 'k', media.EncryptionKey);
            Attributes(sb, media.Attributes, media.UnknownLines);
        }

        return sb.ToString();
    }

    /// <summary>The SDP as UTF-8 bytes, ready for a SIP body.</summary>
    public static byte[] SerializeToUtf8(SessionDescription description) => Encoding.UTF8.GetBytes(Serialize(description));

    private static void Attributes(StringBuilder sb, SdpAttributeCollection attributes, IList<SdpUnknownLine> unknown)
    {
        // Unknown lines go back where they were relative to the a= lines, so round-trips keep their position.
        for (var i = 0; i < attributes.Count; i++)
        {
            foreach (var line in unknown)
            {
                if (line.AttributeIndex == i)
                {
                    Line(sb, line.Type, line.Value);
                }
            }

            Line(sb, 'a', attributes[i].ToString());
        }

        foreach (var line in unknown)
        {
            if (line.AttributeIndex >= attributes.Count || line.AttributeIndex < 0)
            {
                Line(sb, line.Type, line.Value);
            }
        }
    }

    private static void Optional(StringBuilder sb, char type, string? value)
    {
        if (value is not null)
        {
            Line(sb, type, value);
        }
    }

    private static void Line(StringBuilder sb, char type, string value) =>
        sb.Append(type).Append('=').Append(value).Append("\r\n");
}
