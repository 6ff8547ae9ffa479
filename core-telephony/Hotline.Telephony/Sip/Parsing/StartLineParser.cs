using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Parses Request-Line and Status-Line strictly: single SP separators, no trailing SP (RFC 3261 §7.1, §7.2; RFC 4475 §3.1.2).</summary>
internal static class StartLineParser
{
    public static StartLine Parse(string line)
    {
        return line.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase) ? ParseStatusLine(line) : ParseRequestLine(line);
    }

    private static StartLine ParseStatusLine(string line)
    {
        var firstSpace = line.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace < 0)
        {
            return ResponseError(SipParseErrorKind.StartLine, $"status line '{line}' has no status code");
        }

        var version = line[..firstSpace];
        var codeEnd = line.IndexOf(' ', firstSpace + 1);
        var code = codeEnd < 0 ? line.AsSpan(firstSpace + 1) : line.AsSpan(firstSpace + 1, codeEnd - firstSpace - 1);
        if (code.Length != 3 || !HeaderParsers.TryParseBounded(code, 699, out var status) || status < 100)
        {
            return ResponseError(SipParseErrorKind.StartLine, $"status code '{code}' is not a three-digit code 100-699");
        }

        if (!IsVersion(version))
        {
            return ResponseError(SipParseErrorKind.StartLine, $"malformed SIP-Version '{version}' in the status line");
        }

        if (!string.Equals(version, SipMessage.SipVersion2, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseError(SipParseErrorKind.UnsupportedVersion, $"unsupported version '{version}' in the status line");
        }

        var reason = codeEnd < 0 ? string.Empty : line[(codeEnd + 1)..];
        foreach (var c in reason)
        {
            if (c is '\r' or '\n')
            {
                return ResponseError(SipParseErrorKind.StartLine, "reason phrase contains CR or LF");
            }
        }

        return new StartLine(false, null, null, (int)status, reason, SipMessage.SipVersion2, null, null);
    }

    private static StartLine ParseRequestLine(string line)
    {
        if (line.Length == 0 || line[0] is ' ' or '\t')
        {
            return RequestError(SipParseErrorKind.StartLine, "request line starts with whitespace", null);
        }

        if (line.Contains('\t', StringComparison.Ordinal))
        {
            return RequestError(SipParseErrorKind.StartLine, "request line contains a tab; elements are separated by single SP", null);
        }

        var parts = line.Split(' ');
        if (parts.Length != 3)
        {
            if (line.EndsWith(' '))
            {
                return RequestError(SipParseErrorKind.StartLine, "request line has whitespace after the SIP-Version", parts[0]);
            }

            if (Array.IndexOf(parts, string.Empty) >= 0)
            {
                return RequestError(SipParseErrorKind.StartLine, "request line elements are separated by more than one SP", parts[0]);
            }

            return RequestError(
                parts.Length > 3 ? SipParseErrorKind.RequestUri : SipParseErrorKind.StartLine,
                parts.Length > 3 ? $"whitespace inside the Request-URI '{string.Join(' ', parts[1..^1])}'" : $"request line '{line}' does not have method, Request-URI and version",
                parts[0]);
        }

        var (method, uriText, version) = (parts[0], parts[1], parts[2]);
        if (!SipCharacters.IsTokenString(method))
        {
            return RequestError(SipParseErrorKind.StartLine, $"method '{method}' is not a token", null);
        }

        if (!IsVersion(version))
        {
            return RequestError(SipParseErrorKind.StartLine, $"malformed SIP-Version '{version}'", method);
        }

        if (!string.Equals(version, SipMessage.SipVersion2, StringComparison.OrdinalIgnoreCase))
        {
            return RequestError(SipParseErrorKind.UnsupportedVersion, $"unsupported version '{version}'", method);
        }

        if (uriText.StartsWith('<'))
        {
            return RequestError(SipParseErrorKind.RequestUri, $"Request-URI '{uriText}' must not be enclosed in <>", method);
        }

        AddressUri uri;
        try
        {
            uri = AddressUriParser.Parse(uriText, "Request-URI");
        }
        catch (SipFormatException exception)
        {
            return RequestError(SipParseErrorKind.RequestUri, exception.Message, method);
        }

        if (uri is SipUri { Headers.Count: > 0 })
        {
            return RequestError(SipParseErrorKind.RequestUri, $"Request-URI '{uriText}' carries headers, which RFC 3261 §19.1.1 forbids there", method);
        }

        return new StartLine(true, method, uri, 0, null, SipMessage.SipVersion2, null, null);
    }

    private static bool IsVersion(string version)
    {
        // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT
        if (version.Length < 7 || !version.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var dot = version.IndexOf('.', 4);
        return dot > 4 && dot < version.Length - 1
            && HeaderParsers.TryParseBounded(version.AsSpan(4, dot - 4), 999_999_999, out _)
            && HeaderParsers.TryParseBounded(version.AsSpan(dot + 1), 999_999_999, out _);
    }

    private static StartLine ResponseError(SipParseErrorKind kind, string description) =>
        new(false, null, null, 0, null, string.Empty, kind, description);

    private static StartLine RequestError(SipParseErrorKind kind, string description, string? method) =>
        new(true, method, null, 0, null, string.Empty, kind, description);
}
