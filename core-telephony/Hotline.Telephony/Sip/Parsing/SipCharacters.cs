namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Character classes of the RFC 3261 §25 grammar, as a lookup table.</summary>
internal static class SipCharacters
{
    private const byte Token = 1;
    private const byte Unreserved = 2;
    private const byte UserExtra = 4;
    private const byte PasswordExtra = 8;
    private const byte ParamExtra = 16;
    private const byte HeaderExtra = 32;
    private const byte Word = 64;
    private const byte HostChar = 128;

    private static readonly byte[] _table = BuildTable();

    private static byte[] BuildTable()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = Token | Unreserved | Word | HostChar;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = Token | Unreserved | Word | HostChar;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = Token | Unreserved | Word | HostChar;
        }

        foreach (var c in "-.!%*_+`'~")
        {
            table[c] |= Token | Word;
        }

        foreach (var c in "-_.!~*'()")
        {
            table[c] |= Unreserved;
        }

        foreach (var c in "&=+$,;?/")
        {
            table[c] |= UserExtra;
        }

        foreach (var c in "&=+$,")
        {
            table[c] |= PasswordExtra;
        }

        foreach (var c in "[]/:&+$")
        {
            table[c] |= ParamExtra;
        }

        foreach (var c in "[]/?:+$")
        {
            table[c] |= HeaderExtra;
        }

        foreach (var c in "()<>:\\\"/[]?{}")
        {
            table[c] |= Word;
        }

        table['-'] |= HostChar;
        table['.'] |= HostChar;
        // Underscores are not legal in host names but are common in deployed ones.
        table['_'] |= HostChar;
        return table;
    }

    private static bool Has(char c, byte flag) => c < 128 && (_table[c] & flag) != 0;

    public static bool IsToken(char c) => Has(c, Token);

    public static bool IsWord(char c) => Has(c, Word);

    public static bool IsUnreserved(char c) => Has(c, Unreserved);

    // '#' is not in the grammar, but phones send it in dial strings; it harms no parse.
    public static bool IsUserChar(char c) => Has(c, Unreserved | UserExtra) || c == '%' || c == '#';

    public static bool IsPasswordChar(char c) => Has(c, Unreserved | PasswordExtra) || c == '%';

    public static bool IsParamChar(char c) => Has(c, Unreserved | ParamExtra) || c == '%';

    // '@' and '=' are tolerated in header values: Replaces values are often sent unescaped.
    public static bool IsHeaderChar(char c) => Has(c, Unreserved | HeaderExtra) || c == '%' || c == '@' || c == '=';

    public static bool IsHostChar(char c) => Has(c, HostChar);

    public static bool IsWhitespace(char c) => c is ' ' or '\t';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAlpha(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsSchemeChar(char c) => IsAlpha(c) || IsDigit(c) || c is '+' or '-' or '.';

    public static bool IsTokenString(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsToken(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
