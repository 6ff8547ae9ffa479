using System.Globalization;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Content;

/// <summary>The canonical text of typed table cells: invariant numbers, amounts with two decimals, yyyy-MM-dd days, true/false.</summary>
public static class KnowledgeCellFormat
{
    /// <summary>The canonical form of <paramref name="text"/> for <paramref name="type"/>, or null when it is not such a value.</summary>
    public static string? Canonical(KnowledgeColumnType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            KnowledgeColumnType.Text => text,
            KnowledgeColumnType.Number => decimal.TryParse(text, NumberStyles.Number, invariant, out var number) ? number.ToString(invariant) : null,
            KnowledgeColumnType.Money => Money(text.TrimStart('¥', '￥').Replace("元", "", StringComparison.Ordinal).Trim()),
            KnowledgeColumnType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day) ? day.ToString("yyyy-MM-dd", invariant) : null,
            KnowledgeColumnType.Boolean => text switch
            {
                "true" or "True" or "TRUE" or "是" => "true",
                "false" or "False" or "FALSE" or "否" => "false",
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>What a column of <paramref name="type"/> holds, for error messages.</summary>
    public static string Describe(KnowledgeColumnType type) => type switch
    {
        KnowledgeColumnType.Number => "a number",
        KnowledgeColumnType.Money => "an amount in yuan (not negative, at most two decimals)",
        KnowledgeColumnType.Date => "a day as yyyy-MM-dd",
        KnowledgeColumnType.Boolean => "true/false (是/否)",
        _ => "text",
    };

    private static string? Money(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0 && decimal.Round(amount, 2) == amount
            ? amount.ToString("0.00", CultureInfo.InvariantCulture)
            : null;
}
