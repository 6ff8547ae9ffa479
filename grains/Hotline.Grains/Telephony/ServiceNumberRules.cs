namespace Hotline.Grains.Telephony;

/// <summary>What a service number and its display name may be (checked by the editor for its field messages and again by the store).</summary>
public static class ServiceNumberRules
{
    public const int MaxNumberLength = 32;

    public const int MaxDisplayNameLength = 64;

    /// <summary>Digits, optionally after one leading +, at most <see cref="MaxNumberLength"/> characters.</summary>
    public static bool IsValidNumber(string? number)
    {
        if (string.IsNullOrEmpty(number) || number.Length > MaxNumberLength)
            return false;
        var digits = number.StartsWith('+') ? number.AsSpan(1) : number.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Not blank and at most <see cref="MaxDisplayNameLength"/> characters.</summary>
    public static bool IsValidDisplayName(string? name) => !string.IsNullOrWhiteSpace(name) && name.Length <= MaxDisplayNameLength;
}
