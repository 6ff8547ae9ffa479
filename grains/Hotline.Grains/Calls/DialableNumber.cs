namespace Hotline.Grains.Calls;

/// <summary>What the platform accepts as a number to dial: digits with an optional leading +.</summary>
public static class DialableNumber
{
    public static bool IsValid(string? number) =>
        !string.IsNullOrEmpty(number)
        && number.Select((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).All(ok => ok)
        && number.Any(char.IsAsciiDigit);
}
