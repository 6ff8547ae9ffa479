using System.Text;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>%-escaping of URI components and quoting of header strings (RFC 3261 §19.1.2, §25.1).</summary>
public static class SipEscaping
{
    /// <summary>Decodes %HH escapes; the octets are read as UTF-8 (an escaped NUL stays a NUL).</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.IndexOf('%', StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && SipCharacters.IsHex(text[i + 1]) && SipCharacters.IsHex(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
                continue;
            }

            var written = Encoding.UTF8.GetBytes(text.AsSpan(i, char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1), utf8);
            if (written == 0)
            {
                continue;
            }

            for (var k = 0; k < written; k++)
            {
                bytes.Add(utf8[k]);
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                i++;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>Escapes every character of <paramref name="text"/> that <paramref name="isAllowed"/> rejects.</summary>
    internal static string Escape(string text, Func<char, bool> isAllowed)
    {
        StringBuilder? builder = null;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '%' && isAllowed(c))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            var written = Encoding.UTF8.GetBytes(text.AsSpan(i, length), utf8);
            for (var k = 0; k < written; k++)
            {
                builder.Append('%').Append("0123456789ABCDEF"[utf8[k] >> 4]).Append("0123456789ABCDEF"[utf8[k] & 15]);
            }

            i += length - 1;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Escapes a user part for a SIP URI.</summary>
    public static string EscapeUser(string user) => Escape(user, SipCharacters.IsUserChar);

    /// <summary>Escapes a URI parameter name or value.</summary>
    public static string EscapeParameter(string value) => Escape(value, SipCharacters.IsParamChar);

    /// <summary>Escapes a URI header value (e.g. an embedded Replaces header).</summary>
    public static string EscapeHeaderValue(string value) => Escape(value, c => SipCharacters.IsUnreserved(c) || c is '[' or ']' or '/' or '?' or ':' or '+' or '$');

    /// <summary>Returns <paramref name="text"/> as a quoted-string, escaping '"' and '\'.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Removes the quotes and quoted-pair escapes of a quoted-string; other text is returned as is.</summary>
    public static string Unquote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return text;
        }

        var inner = text.AsSpan(1, text.Length - 2);
        if (!inner.Contains('\\'))
        {
            return inner.ToString();
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
            }

            builder.Append(inner[i]);
        }

        return builder.ToString();
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
