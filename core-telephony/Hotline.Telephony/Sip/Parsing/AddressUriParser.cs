using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Parses absolute URIs: sip/sips per RFC 3261 §25.1, tel per RFC 3966, anything else opaque.</summary>
internal static class AddressUriParser
{
    public static AddressUri Parse(string text, string? headerName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !SipCharacters.IsAlpha(text[0]))
        {
            throw Fail(headerName, text, $"'{text}' is not an absolute URI (missing or invalid scheme)");
        }

        for (var i = 1; i < colon; i++)
        {
            if (!SipCharacters.IsSchemeChar(text[i]))
            {
                throw Fail(headerName, text, $"invalid character '{text[i]}' in the scheme of '{text}'");
            }
        }

        var scheme = text[..colon];
        if (scheme.Equals("sip", StringComparison.OrdinalIgnoreCase) || scheme.Equals("sips", StringComparison.OrdinalIgnoreCase))
        {
            return ParseSip(text, scheme, colon + 1, headerName);
        }

        if (scheme.Equals("tel", StringComparison.OrdinalIgnoreCase))
        {
            return ParseTel(text, scheme, colon + 1, headerName);
        }

        var rest = text[(colon + 1)..];
        if (rest.Length == 0)
        {
            throw Fail(headerName, text, $"URI '{text}' has nothing after its scheme");
        }

        foreach (var c in rest)
        {
            if (c <= ' ' || c is '\u007f' or '<' or '>' or '"')
            {
                throw Fail(headerName, text, $"invalid character {Describe(c)} in URI '{text}'");
            }
        }

        return new OpaqueUri(scheme, rest);
    }

    private static SipUri ParseSip(string text, string scheme, int start, string? headerName)
    {
        string? user = null;
        string? password = null;
        var i = start;
        // '@' is legal neither in hostport, parameters nor headers, so the first one closes userinfo.
        var at = text.IndexOf('@', start);
        if (at >= 0)
        {
            var colon = text.IndexOf(':', start, at - start);
            var userEnd = colon >= 0 ? colon : at;
            user = text[start..userEnd];
            if (user.Length == 0)
            {
                throw Fail(headerName, text, $"empty user part in '{text}'");
            }

            Validate(text, start, userEnd, SipCharacters.IsUserChar, "user part", headerName);
            if (colon >= 0)
            {
                password = text[(colon + 1)..at];
                Validate(text, colon + 1, at, SipCharacters.IsPasswordChar, "password", headerName);
            }

            i = at + 1;
        }

        string host;
        if (i < text.Length && text[i] == '[')
        {
            var close = text.IndexOf(']', i);
            if (close < 0 || !IPAddress.TryParse(text.AsSpan(i + 1, close - i - 1), out var address)
                || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                throw Fail(headerName, text, $"invalid IPv6 reference in '{text}'");
            }

            host = text[i..(close + 1)];
            i = close + 1;
        }
        else
        {
            var hostStart = i;
            while (i < text.Length && SipCharacters.IsHostChar(text[i]))
            {
                i++;
            }

            if (i == hostStart)
            {
                throw Fail(headerName, text, i < text.Length ? $"invalid character {Describe(text[i])} where the host of '{text}' should start" : $"missing host in '{text}'");
            }

            host = text[hostStart..i];
        }

        int? port = null;
        if (i < text.Length && text[i] == ':')
        {
            var portStart = ++i;
            while (i < text.Length && SipCharacters.IsDigit(text[i]))
            {
                i++;
            }

            if (i == portStart || i - portStart > 5
                || !int.TryParse(text.AsSpan(portStart, i - portStart), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || value > 65535)
            {
                throw Fail(headerName, text, $"invalid port in '{text}'");
            }

            port = value;
        }

        var uri = new SipUri(scheme, user, password, host, port);
        while (i < text.Length && text[i] == ';')
        {
            var paramStart = ++i;
            while (i < text.Length && text[i] is not (';' or '?'))
            {
                i++;
            }

            AddPair(uri.Parameters, text, paramStart, i, SipCharacters.IsParamChar, "URI parameter", headerName);
        }

        if (i < text.Length && text[i] == '?')
        {
            i++;
            while (true)
            {
                var pairStart = i;
                while (i < text.Length && text[i] != '&')
                {
                    i++;
                }

                AddPair(uri.Headers, text, pairStart, i, SipCharacters.IsHeaderChar, "URI header", headerName);
                if (i >= text.Length)
                {
                    break;
                }

                i++;
            }
        }

        if (i < text.Length)
        {
            throw Fail(headerName, text, $"unexpected {Describe(text[i])} in SIP URI '{text}'");
        }

        return uri;
    }

    private static TelUri ParseTel(string text, string scheme, int start, string? headerName)
    {
        var i = start;
        while (i < text.Length && text[i] != ';')
        {
            var c = text[i];
            if (!(SipCharacters.IsHex(c) || c is '+' or '-' or '.' or '(' or ')' or '*' or '#'))
            {
                throw Fail(headerName, text, $"invalid character {Describe(c)} in the number of '{text}'");
            }

            i++;
        }

        if (i == start || (text[start] == '+' && i == start + 1))
        {
            throw Fail(headerName, text, $"missing number in '{text}'");
        }

        var uri = new TelUri(text[start..i], scheme);
        while (i < text.Length)
        {
            var paramStart = ++i;
            while (i < text.Length && text[i] != ';')
            {
                i++;
            }

            AddPair(uri.Parameters, text, paramStart, i, SipCharacters.IsParamChar, "tel parameter", headerName);
        }

        return uri;
    }

    private static void AddPair(SipParameters target, string text, int start, int end, Func<char, bool> isAllowed, string what, string? headerName)
    {
        var equals = text.IndexOf('=', start, end - start);
        var nameEnd = equals >= 0 ? equals : end;
        if (nameEnd == start)
        {
            throw Fail(headerName, text, $"empty {what} name in '{text}'");
        }

        Validate(text, start, nameEnd, isAllowed, what, headerName);
        string? value = null;
        if (equals >= 0)
        {
            Validate(text, equals + 1, end, c => c == '=' || isAllowed(c), what, headerName);
            value = text[(equals + 1)..end];
        }

        target.Add(text[start..nameEnd], value);
    }

    private static void Validate(string text, int start, int end, Func<char, bool> isAllowed, string what, string? headerName)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!isAllowed(c))
            {
                throw Fail(headerName, text, $"invalid character {Describe(c)} in the {what} of '{text}'");
            }

            if (c == '%' && (i + 2 >= end || !SipCharacters.IsHex(text[i + 1]) || !SipCharacters.IsHex(text[i + 2])))
            {
                throw Fail(headerName, text, $"'%' not followed by two hex digits in the {what} of '{text}'");
            }
        }
    }

    private static string Describe(char c) => c <= ' ' || c == '\u007f' ? $"U+{(int)c:X4}" : $"'{c}'";

    private static SipFormatException Fail(string? headerName, string text, string message) =>
        new(headerName is null ? message : $"{headerName}: {message}", headerName, text);
}
