namespace Hotline.Grains.Search;

/// <summary>One word of a text: its normalised form and where it stands in the text (<paramref name="End"/> exclusive).</summary>
public readonly record struct ChineseWord(string Text, int Start, int End);
