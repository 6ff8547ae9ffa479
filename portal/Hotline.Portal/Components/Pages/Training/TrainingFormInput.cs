using System.Globalization;

namespace Hotline.Portal.Components.Pages.Training;

/// <summary>Reads the training forms' free-text fields: id lists, option lines and the right options as the trainer numbers them (from 1).</summary>
public static class TrainingFormInput
{
    private static readonly char[] IdSeparators = [',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'];

    /// <summary>Ids separated by commas (either width), 、, semicolons, spaces or lines, each once, in the order written.</summary>
    public static IReadOnlyList<string> Ids(string? text) =>
        (text ?? "").Split(IdSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>One option per non-empty line.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>The right options written as numbers from 1 (e.g. "1,3"), as indexes from 0; null and the first bad token when one is not a
    /// number of an option.</summary>
    public static IReadOnlyList<int>? OptionIndexes(string? text, int optionCount, out string? bad)
    {
        bad = null;
        var indexes = new List<int>();
        foreach (var token in Ids(text))
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > optionCount)
            {
                bad = token;
                return null;
            }

            indexes.Add(number - 1);
        }

        return indexes;
    }

    /// <summary>The indexes written back as the trainer numbers them: "1,3".</summary>
    public static string OptionNumbers(IEnumerable<int> indexes) => string.Join(",", indexes.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture)));
}
