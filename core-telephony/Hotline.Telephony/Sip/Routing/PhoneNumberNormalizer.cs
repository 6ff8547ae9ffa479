namespace Hotline.Telephony.Sip.Routing;

/// <summary>Turns caller numbers as carriers signal them (national, with 00 or + prefixes, with separators) into E.164.</summary>
public static class PhoneNumberNormalizer
{
    /// <summary>
    /// E.164 with a leading '+' when the number is recognisably a phone number (e.g. "13800138000" → "+8613800138000",
    /// "010-12345678" → "+861012345678", "0086…" → "+86…"); otherwise the input trimmed (short codes, extensions, names).
    /// </summary>
    public static string ToE164(string number, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = new string(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.Length == 0 || digits.IndexOf('+', 1) >= 0)
        {
            return number.Trim();
        }

        if (digits.StartsWith('+'))
        {
            return digits;
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return "+" + digits[2..];
        }

        // A national trunk prefix 0 (landlines: 0 + area code) or a mobile number of 11 digits starting with 1.
        if (digits.StartsWith('0') && digits.Length >= 9)
        {
            return "+" + countryCode + digits[1..];
        }

        if (digits.Length == 11 && digits[0] == '1')
        {
            return "+" + countryCode + digits;
        }

        return digits;
    }
}
