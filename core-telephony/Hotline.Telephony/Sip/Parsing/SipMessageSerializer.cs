using System.Buffers;
using System.Globalization;
using System.Text;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Writes messages in wire format: CRLF line ends, one Content-Length equal to the body length, then the body.</summary>
public static class SipMessageSerializer
{
    /// <summary>Serializes the message to a new array.</summary>
    public static byte[] Serialize(SipMessage message, SipHeaderNameStyle style = SipHeaderNameStyle.Original)
    {
        var writer = new ArrayBufferWriter<byte>(512 + (message?.Body.Length ?? 0));
        Write(message!, writer, style);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Serializes the message into <paramref name="writer"/>.</summary>
    public static void Write(SipMessage message, IBufferWriter<byte> writer, SipHeaderNameStyle style = SipHeaderNameStyle.Original)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(writer);
        var builder = new StringBuilder(512);
        AppendHead(message, builder, style);
        WriteUtf8(builder, writer);
        writer.Write(message.Body.Span);
    }

    /// <summary>The message as text, with the body decoded as UTF-8.</summary>
    public static string ToText(SipMessage message, SipHeaderNameStyle style = SipHeaderNameStyle.Original)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new StringBuilder(512);
        AppendHead(message, builder, style);
        return builder.Append(Encoding.UTF8.GetString(message.Body.Span)).ToString();
    }

    private static void AppendHead(SipMessage message, StringBuilder builder, SipHeaderNameStyle style)
    {
        switch (message)
        {
            case SipRequest request:
                builder.Append(request.Method).Append(' ').Append(request.RequestUri).Append(' ').Append(request.Version);
                break;
            case SipResponse response:
                builder.Append(response.Version).Append(' ')
                    .Append(response.StatusCode.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(response.ReasonPhrase);
                break;
        }

        builder.Append("\r\n");
        var lengthWritten = false;
        var headers = message.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var canonical = headers.CanonicalNameAt(i);
            var header = headers[i];
            string value;
            if (string.Equals(canonical, SipHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                // The header always states the real body length, whatever it said before.
                if (lengthWritten)
                {
                    continue;
                }

                lengthWritten = true;
                value = message.Body.Length.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                value = header.Value;
            }

            builder.Append(NameFor(header.Name, canonical, style)).Append(": ").Append(value).Append("\r\n");
        }

        if (!lengthWritten)
        {
            builder.Append(NameFor(SipHeaderNames.ContentLength, SipHeaderNames.ContentLength, style)).Append(": ")
                .Append(message.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        builder.Append("\r\n");
    }

    private static string NameFor(string original, string canonical, SipHeaderNameStyle style) => style switch
    {
        SipHeaderNameStyle.Canonical => canonical,
        SipHeaderNameStyle.Compact => SipHeaderNames.CompactFormOf(canonical) is { } compact ? compact.ToString() : canonical,
        _ => original,
    };

    private static void WriteUtf8(StringBuilder builder, IBufferWriter<byte> writer)
    {
        // An encoder keeps a surrogate pair intact when it straddles two chunks.
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in builder.GetChunks())
        {
            var span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            writer.Advance(encoder.GetBytes(chunk.Span, span, flush: false));
        }

        var tail = writer.GetSpan(8);
        writer.Advance(encoder.GetBytes(ReadOnlySpan<char>.Empty, tail, flush: true));
    }
}
