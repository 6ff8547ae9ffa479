using System.Text.RegularExpressions;

namespace Hotline.Grains.Search;

/// <summary>Finds Chinese vehicle plates (粤B12345, 京A·D1234F, 沪c 88888) in text so they stay one word, written in one form.</summary>
public static partial class VehiclePlates
{
    /// <summary>A province abbreviation, the issuing-office letter, an optional separator, then 5 (6 for new-energy) letters or digits, optionally 挂/学/警/港/澳.</summary>
    [GeneratedRegex(@"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][·.\- ]?[A-Za-z0-9]{5,6}(?![A-Za-z0-9])[挂学警港澳]?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The plates in <paramref name="text"/>, in order, each normalised (separator dropped, letters upper case).</summary>
    public static IEnumerable<ChineseWord> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Pattern().Matches(text))
            yield return new ChineseWord(Normalise(match.Value), match.Index, match.Index + match.Length);
    }

    /// <summary>The plate written the one way the index stores it: no separator, letters upper case.</summary>
    public static string Normalise(string plate)
    {
        ArgumentNullException.ThrowIfNull(plate);
        var kept = plate.Where(c => c is not ('·' or '.' or '-' or ' ')).Select(char.ToUpperInvariant);
        return string.Concat(kept);
    }
}
