using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Parses name-addr / addr-spec with header parameters (RFC 3261 §20.10 and §25.1).</summary>
internal static class NameAddressParser
{
    public static NameAddress Parse(string value, string? headerName)
    {
        var reader = new HeaderValueReader(value, headerName);
        reader.SkipWhitespace();
        if (reader.AtEnd)
        {
            throw reader.Error("empty value where an address was expected");
        }

        string? displayName = null;
        if (reader.Current == '"')
        {
            displayName = SipEscaping.Unquote(reader.ReadQuotedStringRaw());
            reader.SkipWhitespace();
            if (reader.Current != '<' || reader.AtEnd)
            {
                throw reader.Error("a quoted display name must be followed by <URI>");
            }
        }
        else if (reader.Current != '<')
        {
            if (StartsWithScheme(value, reader.Position))
            {
                return ParseAddrSpec(ref reader, headerName);
            }

            displayName = ReadTokenDisplayName(ref reader);
        }

        return ParseNameAddr(ref reader, displayName, headerName);
    }

    private static bool StartsWithScheme(string value, int position)
    {
        if (!SipCharacters.IsAlpha(value[position]))
        {
            return false;
        }

        var i = position + 1;
        while (i < value.Length && SipCharacters.IsSchemeChar(value[i]))
        {
            i++;
        }

        return i < value.Length && value[i] == ':';
    }

    private static string ReadTokenDisplayName(ref HeaderValueReader reader)
    {
        var start = reader.Position;
        while (true)
        {
            reader.ReadToken("a display name or URI");
            var afterToken = reader.Position;
            reader.SkipWhitespace();
            if (reader.AtEnd)
            {
                throw reader.Error("display name is not followed by <URI>");
            }

            if (reader.Current == '<')
            {
                return reader.Text[start..afterToken];
            }

            if (!SipCharacters.IsToken(reader.Current))
            {
                throw reader.Error($"display name contains '{reader.Current}', which is not a token character (it must be quoted)");
            }
        }
    }

    private static NameAddress ParseNameAddr(ref HeaderValueReader reader, string? displayName, string? headerName)
    {
        var open = reader.Position;
        var close = reader.Text.IndexOf('>', open + 1);
        if (close < 0)
        {
            throw reader.Error("'<' without a closing '>'");
        }

        var uriText = reader.Text[(open + 1)..close];
        if (uriText.Length == 0)
        {
            throw reader.Error("empty URI between <>");
        }

        if (uriText.AsSpan().IndexOfAny(" \t") >= 0)
        {
            throw reader.Error($"whitespace inside <{uriText}> (an addr-spec has no LWS)");
        }

        var address = new NameAddress(AddressUriParser.Parse(uriText, headerName), displayName, angleBrackets: true);
        reader.Position = close + 1;
        reader.ReadParameters(address.Parameters);
        return address;
    }

    private static NameAddress ParseAddrSpec(ref HeaderValueReader reader, string? headerName)
    {
        // RFC 3261 §20: without <>, everything after the first ';' is a header parameter, not a URI parameter.
        var start = reader.Position;
        var text = reader.Text;
        var end = start;
        while (end < text.Length && text[end] is not (';' or ' ' or '\t'))
        {
            end++;
        }

        var uriText = text[start..end];
        if (uriText.Contains('?', StringComparison.Ordinal))
        {
            throw reader.Error($"URI '{uriText}' carries headers ('?') and must be enclosed in <>");
        }

        var address = new NameAddress(AddressUriParser.Parse(uriText, headerName), null, angleBrackets: false);
        reader.Position = end;
        reader.ReadParameters(address.Parameters);
        return address;
    }
}
