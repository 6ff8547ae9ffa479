using System.Globalization;

namespace Hotline.Telephony.Media.Dtmf;

/// <summary>Reads and writes DTMF in SIP INFO bodies: <c>application/dtmf-relay</c> and <c>application/dtmf</c>.</summary>
public static class SipInfoDtmf
{
    /// <summary>The key=value body: <c>Signal=5\r\nDuration=160</c> (duration in ms).</summary>
    public const string DtmfRelay = "application/dtmf-relay";

    /// <summary>The bare body: <c>5</c>.</summary>
    public const string Dtmf = "application/dtmf";

    /// <summary>True when the Content-Type (parameters ignored) is one of the two DTMF types.</summary>
    public static bool IsDtmfContentType(string? contentType)
    {
        var mediaType = MediaType(contentType);
        return mediaType.Equals(DtmfRelay, StringComparison.OrdinalIgnoreCase) || mediaType.Equals(Dtmf, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the digit of an INFO body; false when the type is not DTMF or the body has no valid digit.</summary>
    public static bool TryParse(string? contentType, string? body, out SipInfoDigit? digit)
    {
        digit = null;
        if (body is null)
        {
            return false;
        }

        var mediaType = MediaType(contentType);
        if (mediaType.Equals(Dtmf, StringComparison.OrdinalIgnoreCase))
        {
            if (TryDigit(body.AsSpan().Trim(), out var c))
            {
                digit = new SipInfoDigit(c, null);
            }

            return digit is not null;
        }

        if (!mediaType.Equals(DtmfRelay, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        char? signal = null;
        TimeSpan? duration = null;
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.AsSpan().Trim();
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (key.Equals("Signal", StringComparison.OrdinalIgnoreCase) && TryDigit(value, out var c))
            {
                signal = c;
            }
            else if (key.Equals("Duration", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0)
            {
                duration = TimeSpan.FromMilliseconds(ms);
            }
        }

        if (signal is { } s)
        {
            digit = new SipInfoDigit(s, duration);
        }

        return digit is not null;
    }

    /// <summary>Writes an <c>application/dtmf-relay</c> body.</summary>
    public static string FormatDtmfRelay(char digit, TimeSpan duration)
    {
        if (!DtmfDigits.IsDigit(digit))
        {
            throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"Signal={char.ToUpperInvariant(digit)}\r\nDuration={(int)duration.TotalMilliseconds}\r\n");
    }

    private static ReadOnlySpan<char> MediaType(string? contentType)
    {
        if (contentType is null)
        {
            return [];
        }

        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        return (semicolon >= 0 ? span[..semicolon] : span).Trim();
    }

    private static bool TryDigit(ReadOnlySpan<char> value, out char digit)
    {
        // A single keypad character, or (as some gateways send) the RFC 4733 event code: "10" for *, "11" for #.
        if (value.Length == 1 && DtmfDigits.IsDigit(value[0]))
        {
            digit = char.ToUpperInvariant(value[0]);
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && DtmfDigits.FromEventCode(code) is { } c)
        {
            digit = c;
            return true;
        }

        digit = default;
        return false;
    }
}
