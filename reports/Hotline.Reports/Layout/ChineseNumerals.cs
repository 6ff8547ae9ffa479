namespace Hotline.Reports.Layout;

/// <summary>Writes section numbers as Chinese numerals (一, 十二, 二十三), as official reports number their sections.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The numeral for <paramref name="number"/>, 1 to 99.</summary>
    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        var tens = number / 10;
        var ones = number % 10;
        var text = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        return ones == 0 ? text : text + Digits[ones];
    }
}
