using System.Text;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Splits the header section into unfolded fields (RFC 3261 §7.3.1): name, HCOLON, value; continuation lines become one SP.</summary>
internal static class HeaderSectionReader
{
    /// <summary>Reads header lines from <paramref name="position"/> up to the empty line.</summary>
    /// <returns>The first header-line error, or null; reading continues past bad lines so the error response has context.</returns>
    public static string? Read(ReadOnlySpan<byte> data, ref int position, SipHeaderCollection headers, out bool terminated)
    {
        string? firstError = null;
        terminated = false;
        var pendingStart = -1;
        var pendingEnd = -1;
        List<(int Start, int End)>? continuations = null;

        while (position < data.Length)
        {
            var newline = data[position..].IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? data.Length : position + newline;
            var next = newline < 0 ? data.Length : lineEnd + 1;
            var contentEnd = lineEnd > position && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;

            if (contentEnd == position)
            {
                position = next;
                terminated = true;
                break;
            }

            if (data[position] is (byte)' ' or (byte)'\t')
            {
                if (pendingStart < 0)
                {
                    firstError ??= "a continuation line appears before any header";
                }
                else
                {
                    (continuations ??= []).Add((position, contentEnd));
                }
            }
            else
            {
                if (pendingStart >= 0)
                {
                    // Later fields are still collected after a bad one: the error response needs them.
                    var error = AddField(data, pendingStart, pendingEnd, continuations, headers);
                    firstError ??= error;
                    continuations?.Clear();
                }

                pendingStart = position;
                pendingEnd = contentEnd;
            }

            position = next;
        }

        if (pendingStart >= 0)
        {
            var error = AddField(data, pendingStart, pendingEnd, continuations, headers);
            firstError ??= error;
        }

        return firstError;
    }

    private static string? AddField(ReadOnlySpan<byte> data, int start, int end, List<(int Start, int End)>? continuations, SipHeaderCollection headers)
    {
        var line = data[start..end];
        var colon = line.IndexOf((byte)':');
        var nameEnd = colon;
        while (nameEnd > 0 && line[nameEnd - 1] is (byte)' ' or (byte)'\t')
        {
            nameEnd--;
        }

        if (colon < 0 || nameEnd == 0)
        {
            return $"header line '{Preview(line)}' is not 'name: value'";
        }

        Span<char> nameChars = stackalloc char[Math.Min(nameEnd, 256)];
        if (nameEnd > 256)
        {
            return $"header name '{Preview(line[..nameEnd])}' is too long";
        }

        for (var i = 0; i < nameEnd; i++)
        {
            var c = (char)line[i];
            if (!SipCharacters.IsToken(c))
            {
                return $"header name '{Preview(line[..nameEnd])}' contains '{(c < ' ' || c > '~' ? '?' : c)}', which is not a token character";
            }

            nameChars[i] = c;
        }

        var name = SipHeaderNames.Intern(nameChars);
        string value;
        if (continuations is null || continuations.Count == 0)
        {
            value = Encoding.UTF8.GetString(Trim(line[(colon + 1)..]));
        }
        else
        {
            var builder = new StringBuilder(Encoding.UTF8.GetString(Trim(line[(colon + 1)..])));
            foreach (var (contStart, contEnd) in continuations)
            {
                var part = Trim(data[contStart..contEnd]);
                if (part.IsEmpty)
                {
                    continue;
                }

                // A fold (CRLF followed by whitespace) counts as a single SP.
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(Encoding.UTF8.GetString(part));
            }

            value = builder.ToString();
        }

        headers.AddParsed(name, SipHeaderNames.Canonicalize(name), value);
        return null;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span) => span.Trim(" \t"u8);

    private static string Preview(ReadOnlySpan<byte> span)
    {
        var text = Encoding.UTF8.GetString(span.Length > 60 ? span[..60] : span);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.ToString();
    }
}
