using System.Globalization;
using System.Net;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Grammar of the typed header values; every failure is a <see cref="SipFormatException"/> naming the header.</summary>
internal static class HeaderParsers
{
    public static IReadOnlyList<ViaHeader> ParseVias(string value, string headerName)
    {
        var result = new List<ViaHeader>(1);
        AddVias(value, headerName, result);
        return result;
    }

    public static void AddVias(string value, string headerName, List<ViaHeader> target)
    {
        foreach (var element in SplitNonEmpty(value, headerName))
        {
            target.Add(ParseVia(element, headerName));
        }
    }

    public static ViaHeader ParseVia(string value, string headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        var protocol = reader.ReadToken("a protocol name");
        reader.ExpectSeparator('/', "after the protocol name");
        var version = reader.ReadToken("a protocol version");
        reader.ExpectSeparator('/', "after the protocol version");
        var transport = reader.ReadToken("a transport");
        var beforeSpace = reader.Position;
        reader.SkipWhitespace();
        if (reader.Position == beforeSpace)
        {
            throw reader.Error("expected whitespace between the transport and sent-by");
        }

        var host = ReadHost(ref reader);
        int? port = null;
        if (reader.TryConsumeSeparator(':'))
        {
            port = ReadPort(ref reader);
        }

        var via = new ViaHeader(protocol, version, transport, host, port);
        reader.ReadParameters(via.Parameters);
        ValidateViaParameters(via, ref reader);
        return via;
    }

    private static void ValidateViaParameters(ViaHeader via, ref HeaderValueReader reader)
    {
        foreach (var parameter in via.Parameters)
        {
            var name = parameter.Name;
            if (name.Equals("ttl", StringComparison.OrdinalIgnoreCase)
                && (parameter.Value is null || !TryParseBounded(parameter.Value, 255, out _)))
            {
                throw reader.Error($"ttl '{parameter.Value}' is not 0-255");
            }

            if (name.Equals("rport", StringComparison.OrdinalIgnoreCase) && parameter.Value is not null
                && !TryParseBounded(parameter.Value, 65535, out _))
            {
                throw reader.Error($"rport '{parameter.Value}' is not a port number");
            }

            if ((name.Equals("branch", StringComparison.OrdinalIgnoreCase) || name.Equals("received", StringComparison.OrdinalIgnoreCase)
                || name.Equals("maddr", StringComparison.OrdinalIgnoreCase)) && parameter.Value is null)
            {
                throw reader.Error($"parameter '{name}' needs a value");
            }
        }
    }

    private static string ReadHost(ref HeaderValueReader reader)
    {
        var text = reader.Text;
        var start = reader.Position;
        if (reader.Current == '[' && !reader.AtEnd)
        {
            var close = text.IndexOf(']', start);
            if (close < 0 || !IPAddress.TryParse(text.AsSpan(start + 1, close - start - 1), out _))
            {
                throw reader.Error("invalid IPv6 reference in sent-by");
            }

            reader.Position = close + 1;
            return text[start..reader.Position];
        }

        var i = start;
        while (i < text.Length && SipCharacters.IsHostChar(text[i]))
        {
            i++;
        }

        if (i == start)
        {
            throw reader.Error(reader.AtEnd ? "missing sent-by host" : $"invalid character '{reader.Current}' where the sent-by host should start");
        }

        reader.Position = i;
        return text[start..i];
    }

    private static int ReadPort(ref HeaderValueReader reader)
    {
        var start = reader.Position;
        while (SipCharacters.IsDigit(reader.Current) && !reader.AtEnd)
        {
            reader.Position++;
        }

        if (!TryParseBounded(reader.Text.AsSpan(start, reader.Position - start), 65535, out var port))
        {
            throw reader.Error("invalid port in sent-by");
        }

        return (int)port;
    }

    public static IReadOnlyList<ContactHeader> ParseContacts(string value, string headerName)
    {
        var result = new List<ContactHeader>(1);
        AddContacts(value, headerName, result);
        return result;
    }

    public static void AddContacts(string value, string headerName, List<ContactHeader> target)
    {
        if (value.AsSpan().Trim(" \t") is "*")
        {
            target.Add(ContactHeader.Wildcard);
            return;
        }

        foreach (var element in SplitNonEmpty(value, headerName))
        {
            var address = NameAddressParser.Parse(element, headerName);
            if (address.Parameters.TryGetRaw("expires", out var expires)
                && (expires is null || !TryParseBounded(expires, uint.MaxValue, out _)))
            {
                throw new SipFormatException($"{headerName}: expires '{expires}' is not a delta-seconds value up to 2^32-1", headerName, value);
            }

            if (address.Parameters.TryGetRaw("q", out var q) && (q is null || !IsQValue(q)))
            {
                throw new SipFormatException($"{headerName}: q '{q}' is not a qvalue between 0 and 1", headerName, value);
            }

            target.Add(ContactHeader.From(address));
        }
    }

    public static void AddAddresses(string value, string headerName, List<NameAddress> target)
    {
        foreach (var element in SplitNonEmpty(value, headerName))
        {
            target.Add(NameAddressParser.Parse(element, headerName));
        }
    }

    public static CSeqHeader ParseCSeq(string value, string headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        var start = reader.Position;
        while (SipCharacters.IsDigit(reader.Current) && !reader.AtEnd)
        {
            reader.Position++;
        }

        if (reader.Position == start)
        {
            throw reader.Error("missing sequence number");
        }

        if (!TryParseBounded(value.AsSpan(start, reader.Position - start), uint.MaxValue, out var number))
        {
            throw reader.Error($"sequence number {value[start..reader.Position]} exceeds 2^32-1");
        }

        var beforeSpace = reader.Position;
        reader.SkipWhitespace();
        if (reader.Position == beforeSpace)
        {
            throw reader.Error("expected whitespace between the sequence number and the method");
        }

        var method = reader.ReadToken("a method");
        reader.ExpectEnd();
        return new CSeqHeader((uint)number, method);
    }

    public static uint ParseUInt32(string value, string headerName) => (uint)ParseBounded(value, headerName, uint.MaxValue);

    public static int ParseMaxForwards(string value, string headerName) => (int)ParseBounded(value, headerName, 255);

    public static int ParseContentLength(string value, string headerName)
    {
        var trimmed = value.AsSpan().Trim(" \t");
        if (trimmed.StartsWith("-"))
        {
            throw new SipFormatException($"{headerName}: negative value {value}", headerName, value);
        }

        return (int)ParseBounded(value, headerName, int.MaxValue);
    }

    public static string ParseCallId(string value, string headerName)
    {
        var trimmed = value.Trim(' ', '\t');
        if (trimmed.Length == 0)
        {
            throw new SipFormatException($"{headerName}: empty value", headerName, value);
        }

        foreach (var c in trimmed)
        {
            if (!SipCharacters.IsWord(c) && c != '@')
            {
                throw new SipFormatException($"{headerName}: invalid character '{c}' in '{trimmed}'", headerName, value);
            }
        }

        return trimmed;
    }

    public static MediaType ParseMediaType(string value, string headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        var type = reader.ReadToken("a media type");
        reader.ExpectSeparator('/', "between type and subtype");
        var subtype = reader.ReadToken("a media subtype");
        var mediaType = new MediaType(type, subtype);
        reader.ReadParameters(mediaType.Parameters);
        return mediaType;
    }

    public static AuthenticationHeader ParseAuthentication(string value, string headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        var scheme = reader.ReadToken("an authentication scheme");
        reader.SkipWhitespace();
        var rest = value[reader.Position..].TrimEnd(' ', '\t');
        var header = new AuthenticationHeader(scheme);
        if (rest.Length == 0)
        {
            return header;
        }

        // Unknown schemes may use a token68 or anything else: keep it verbatim rather than reject.
        return TryReadAuthParams(rest, headerName, header.Parameters) ? header : new AuthenticationHeader(scheme) { Token = rest };
    }

    private static bool TryReadAuthParams(string text, string headerName, SipParameters target)
    {
        try
        {
            foreach (var element in HeaderListSplitter.Split(text))
            {
                var reader = new HeaderValueReader(element, headerName);
                var name = reader.ReadToken("an auth-param name");
                reader.ExpectSeparator('=', "after an auth-param name");
                string value;
                if (reader.Current == '"' && !reader.AtEnd)
                {
                    value = reader.ReadQuotedStringRaw();
                    reader.ExpectEnd();
                }
                else
                {
                    // Digest values such as uri or opaque are sometimes sent unquoted with '/' or '=' in them.
                    value = element[reader.Position..].TrimEnd(' ', '\t');
                    if (value.Length == 0 || value.AsSpan().IndexOfAny(" \t\"") >= 0)
                    {
                        throw reader.Error($"auth-param '{name}' has an invalid value");
                    }
                }

                target.Add(name, value);
            }

            return true;
        }
        catch (SipFormatException)
        {
            target.Clear();
            return false;
        }
    }

    public static EventHeader ParseEvent(string value, string headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        var header = new EventHeader(reader.ReadToken("an event package"));
        reader.ReadParameters(header.Parameters);
        return header;
    }

    public static ReplacesHeader ParseReplaces(string value, string headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        var start = reader.Position;
        while (!reader.AtEnd && reader.Current is not (';' or ' ' or '\t'))
        {
            reader.Position++;
        }

        var callId = ParseCallId(value[start..reader.Position], headerName);
        var header = new ReplacesHeader(callId);
        reader.ReadParameters(header.Parameters);
        if (header.ToTag is null || header.FromTag is null)
        {
            throw reader.Error("to-tag and from-tag are required");
        }

        return header;
    }

    public static List<string> ParseTokenList(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            foreach (var element in HeaderListSplitter.Split(line))
            {
                if (element.Length > 0)
                {
                    result.Add(element);
                }
            }
        }

        return result;
    }

    private static List<string> SplitNonEmpty(string value, string headerName)
    {
        var elements = HeaderListSplitter.Split(value);
        foreach (var element in elements)
        {
            if (element.Length == 0)
            {
                throw new SipFormatException($"{headerName}: empty element in the list '{value}'", headerName, value);
            }
        }

        return elements;
    }

    private static ulong ParseBounded(string value, string headerName, ulong max)
    {
        var trimmed = value.AsSpan().Trim(" \t");
        if (trimmed.IsEmpty)
        {
            throw new SipFormatException($"{headerName}: empty value where a number was expected", headerName, value);
        }

        foreach (var c in trimmed)
        {
            if (!SipCharacters.IsDigit(c))
            {
                throw new SipFormatException($"{headerName}: '{value}' is not a decimal number", headerName, value);
            }
        }

        if (!TryParseBounded(trimmed, max, out var number))
        {
            throw new SipFormatException($"{headerName}: {trimmed} exceeds the maximum {max}", headerName, value);
        }

        return number;
    }

    /// <summary>Parses 1*DIGIT (leading zeros allowed) and checks an upper bound without overflowing.</summary>
    public static bool TryParseBounded(ReadOnlySpan<char> digits, ulong max, out ulong value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!SipCharacters.IsDigit(c))
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
            if (value > max)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQValue(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 0 || span[0] is not ('0' or '1'))
        {
            return false;
        }

        if (span.Length == 1)
        {
            return true;
        }

        if (span[1] != '.' || span.Length > 5)
        {
            return false;
        }

        foreach (var c in span[2..])
        {
            if (!SipCharacters.IsDigit(c) || (span[0] == '1' && c != '0'))
            {
                return false;
            }
        }

        return true;
    }
}
