using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>A cursor over one unfolded header value, with the separators of RFC 3261 §25.1.</summary>
internal ref struct HeaderValueReader
{
    private readonly string _text;
    private readonly string? _headerName;

    public HeaderValueReader(string text, string? headerName)
    {
        _text = text;
        _headerName = headerName;
        Position = 0;
    }

    public int Position { get; set; }

    public readonly string Text => _text;

    public readonly bool AtEnd => Position >= _text.Length;

    public readonly char Current => Position < _text.Length ? _text[Position] : '\0';

    public readonly SipFormatException Error(string message) =>
        new(_headerName is null ? message : $"{_headerName}: {message}", _headerName, _text);

    public void SkipWhitespace()
    {
        while (Position < _text.Length && SipCharacters.IsWhitespace(_text[Position]))
        {
            Position++;
        }
    }

    /// <summary>Consumes SWS <paramref name="separator"/> SWS when present.</summary>
    public bool TryConsumeSeparator(char separator)
    {
        var start = Position;
        SkipWhitespace();
        if (Current == separator && !AtEnd)
        {
            Position++;
            SkipWhitespace();
            return true;
        }

        Position = start;
        return false;
    }

    public void ExpectSeparator(char separator, string what)
    {
        if (!TryConsumeSeparator(separator))
        {
            throw Error(AtEnd ? $"expected '{separator}' {what} but the value ended" : $"expected '{separator}' {what} but found '{Current}'");
        }
    }

    public string ReadToken(string what)
    {
        var start = Position;
        while (Position < _text.Length && SipCharacters.IsToken(_text[Position]))
        {
            Position++;
        }

        if (Position == start)
        {
            throw Error(AtEnd ? $"expected {what} but the value ended" : $"expected {what} but found '{Current}'");
        }

        return _text[start..Position];
    }

    /// <summary>Reads a quoted-string and returns it with its quotes, as written.</summary>
    public string ReadQuotedStringRaw()
    {
        var start = Position;
        if (Current != '"' || AtEnd)
        {
            throw Error("expected a quoted string");
        }

        Position++;
        while (Position < _text.Length)
        {
            var c = _text[Position];
            if (c == '\\')
            {
                Position += 2;
                continue;
            }

            Position++;
            if (c == '"')
            {
                return _text[start..Position];
            }
        }

        Position = _text.Length;
        throw Error($"unterminated quoted string {_text[start..]}");
    }

    /// <summary>Reads a generic parameter value: quoted-string, IPv6 reference or token (':' tolerated for bare IPv6).</summary>
    public string ReadParameterValue(string name)
    {
        if (Current == '"' && !AtEnd)
        {
            return ReadQuotedStringRaw();
        }

        var start = Position;
        while (Position < _text.Length)
        {
            var c = _text[Position];
            if (SipCharacters.IsToken(c) || c is ':' or '[' or ']')
            {
                Position++;
                continue;
            }

            break;
        }

        if (Position == start)
        {
            throw Error(AtEnd ? $"parameter '{name}' has '=' but no value" : $"parameter '{name}' has an invalid value starting at '{Current}'");
        }

        return _text[start..Position];
    }

    /// <summary>Reads *( SEMI generic-param ) until the end of the value.</summary>
    public void ReadParameters(SipParameters target)
    {
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                return;
            }

            if (Current != ';')
            {
                throw Error($"unexpected '{Current}' where ';' or the end of the value was expected");
            }

            Position++;
            SkipWhitespace();
            if (AtEnd || !SipCharacters.IsToken(Current))
            {
                throw Error("empty parameter name after ';'");
            }

            var name = ReadToken("a parameter name");
            string? value = null;
            if (TryConsumeSeparator('='))
            {
                value = ReadParameterValue(name);
            }

            target.Add(name, value);
        }
    }

    public void ExpectEnd()
    {
        SkipWhitespace();
        if (!AtEnd)
        {
            throw Error($"unexpected text '{_text[Position..]}' at the end of the value");
        }
    }
}
