namespace Hotline.Telephony.Media.Dtmf;

/// <summary>The 16 DTMF digits: RFC 4733 event codes and the Q.23 frequency pairs.</summary>
public static class DtmfDigits
{
    /// <summary>All digits in keypad order (rows 697, 770, 852, 941 Hz; columns 1209, 1336, 1477, 1633 Hz).</summary>
    public const string Keypad = "123A456B789C*0#D";

    /// <summary>The low-group (row) frequencies in Hz.</summary>
    public static IReadOnlyList<double> LowFrequencies { get; } = [697, 770, 852, 941];

    /// <summary>The high-group (column) frequencies in Hz.</summary>
    public static IReadOnlyList<double> HighFrequencies { get; } = [1209, 1336, 1477, 1633];

    /// <summary>True for 0–9, *, #, A–D (either case).</summary>
    public static bool IsDigit(char c) => Keypad.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal);

    /// <summary>The RFC 4733 event code of a digit: 0–9, * = 10, # = 11, A–D = 12–15.</summary>
    public static int ToEventCode(char digit) => char.ToUpperInvariant(digit) switch
    {
        >= '0' and <= '9' => digit - '0',
        '*' => 10,
        '#' => 11,
        var c and >= 'A' and <= 'D' => 12 + (c - 'A'),
        _ => throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit."),
    };

    /// <summary>The digit of an RFC 4733 event code, or null for codes that are not DTMF digits (flash, tones).</summary>
    public static char? FromEventCode(int code) => code switch
    {
        >= 0 and <= 9 => (char)('0' + code),
        10 => '*',
        11 => '#',
        >= 12 and <= 15 => (char)('A' + code - 12),
        _ => null,
    };

    /// <summary>The row and column frequencies of a digit.</summary>
    public static (double Low, double High) Frequencies(char digit)
    {
        var index = Keypad.IndexOf(char.ToUpperInvariant(digit), StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit.");
        }

        return (LowFrequencies[index / 4], HighFrequencies[index % 4]);
    }

    /// <summary>The digit at a row and column of the keypad.</summary>
    public static char At(int row, int column) => Keypad[(row * 4) + column];
}
