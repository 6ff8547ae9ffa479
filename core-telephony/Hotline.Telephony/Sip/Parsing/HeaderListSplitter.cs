namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Splits a comma-separated header value, ignoring commas inside quoted strings and &lt;URIs&gt;.</summary>
internal static class HeaderListSplitter
{
    /// <summary>Appends each trimmed element to <paramref name="target"/>; empty elements are kept so callers can reject them.</summary>
    public static void Split(string value, List<string> target)
    {
        var start = 0;
        var inQuotes = false;
        var inAngles = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (inQuotes)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '<':
                    inAngles = true;
                    break;
                case '>':
                    inAngles = false;
                    break;
                case ',' when !inAngles:
                    target.Add(value.AsSpan(start, i - start).Trim(" \t").ToString());
                    start = i + 1;
                    break;
            }
        }

        target.Add(value.AsSpan(start).Trim(" \t").ToString());
    }

    public static List<string> Split(string value)
    {
        var list = new List<string>(2);
        Split(value, list);
        return list;
    }
}
