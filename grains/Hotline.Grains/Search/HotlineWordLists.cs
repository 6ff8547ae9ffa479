using System.Globalization;
using System.Reflection;

namespace Hotline.Grains.Search;

/// <summary>The embedded word lists of Search/Dictionary: hotline terms (with the frequency jieba weighs them by) and stop words.</summary>
public static class HotlineWordLists
{
    /// <summary>The hotline terms (拒载, 网约车, 12328 …) and their frequencies.</summary>
    public static IReadOnlyList<(string Word, int Frequency)> Terms { get; } = [.. ReadLines("search/hotline-terms.txt").Select(ParseTerm)];

    /// <summary>Words dropped from the index and queries.</summary>
    public static IReadOnlyList<string> StopWords { get; } = [.. ReadLines("search/stopwords.txt")];

    private static (string Word, int Frequency) ParseTerm(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency))
            throw new InvalidDataException($"hotline-terms.txt: the line '{line}' is not 'word frequency'.");
        return (parts[0], frequency);
    }

    private static List<string> ReadLines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
                lines.Add(trimmed);
        }
        return lines;
    }
}
