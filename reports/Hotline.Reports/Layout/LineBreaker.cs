using System.Globalization;
using System.Text;

namespace Hotline.Reports.Layout;

/// <summary>Breaks mixed Chinese and Latin text into lines: between any two Chinese characters, at spaces, never inside a Latin word, and never against the kinsoku rules.</summary>
/// <remarks>
/// The text is cut into units that may not be split (a Han character, a Latin word, a mark glued to its neighbour), then
/// filled greedily. A closing mark travels to the next line with the character before it rather than starting a line,
/// and an opening mark travels with the character after it. A unit wider than the whole line is the only thing ever
/// split inside, character by character, so nothing overflows the column.
/// </remarks>
public sealed class LineBreaker
{
    private readonly ITextMeasurer _measurer;

    /// <summary>A breaker measuring with <paramref name="measurer"/>.</summary>
    public LineBreaker(ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(measurer);
        _measurer = measurer;
    }

    /// <summary>The lines of <paramref name="text"/> no wider than <paramref name="maxWidth"/>; a newline always ends a line.</summary>
    public IReadOnlyList<string> Break(string text, TextStyle style, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxWidth <= 0)
            throw new ArgumentOutOfRangeException(nameof(maxWidth), maxWidth, "A line must be wider than zero points.");

        var lines = new List<string>();
        foreach (var hardLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            Fill(Units(hardLine), style, maxWidth, lines);
        return lines;
    }

    /// <summary>The unbreakable units of one line of text, each marked with whether a space precedes it.</summary>
    public static IReadOnlyList<BreakUnit> Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<BreakUnit>();
        var word = new StringBuilder();
        var wordSpaceBefore = false;
        var pendingSpace = false;

        void Add(string atom, bool spaceBefore)
        {
            if (units.Count > 0 && !spaceBefore && MustJoin(units[^1].Text, atom))
                units[^1] = units[^1] with { Text = units[^1].Text + atom };
            else
                units.Add(new BreakUnit(atom, spaceBefore && units.Count > 0));
        }

        void FlushWord()
        {
            if (word.Length == 0)
                return;
            Add(word.ToString(), wordSpaceBefore);
            word.Clear();
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                FlushWord();
                pendingSpace = true;
            }
            else if (BreakRules.StandsAlone(rune))
            {
                FlushWord();
                Add(rune.ToString(), pendingSpace);
                pendingSpace = false;
            }
            else
            {
                if (word.Length == 0)
                {
                    wordSpaceBefore = pendingSpace;
                    pendingSpace = false;
                }

                word.Append(rune.ToString());
            }
        }

        FlushWord();
        return units;
    }

    private static bool MustJoin(string before, string after)
    {
        var last = Rune.GetRuneAt(before, LastRuneIndex(before));
        var first = Rune.GetRuneAt(after, 0);
        return BreakRules.CannotStartLine(first) || BreakRules.CannotEndLine(last) || BreakRules.MustStayTogether(last, first);
    }

    private static int LastRuneIndex(string text) => char.IsLowSurrogate(text[^1]) && text.Length > 1 ? text.Length - 2 : text.Length - 1;

    private void Fill(IReadOnlyList<BreakUnit> units, TextStyle style, double maxWidth, List<string> lines)
    {
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var spaceWidth = _measurer.Width(" ", style);

        foreach (var unit in units)
        {
            var width = _measurer.Width(unit.Text, style);
            var gap = unit.SpaceBefore && line.Length > 0 ? spaceWidth : 0;
            if (line.Length > 0 && lineWidth + gap + width > maxWidth + Tolerance)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
                gap = 0;
            }

            if (line.Length == 0 && width > maxWidth + Tolerance)
            {
                var pieces = SplitOversized(unit.Text, style, maxWidth);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                line.Append(pieces[^1]);
                lineWidth = _measurer.Width(pieces[^1], style);
                continue;
            }

            if (gap > 0)
                line.Append(' ');
            line.Append(unit.Text);
            lineWidth += gap + width;
        }

        lines.Add(line.ToString());
    }

    // Only a unit wider than the column (a long URL or number, or a glued chain of marks) is split, by text element.
    private List<string> SplitOversized(string text, TextStyle style, double maxWidth)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && _measurer.Width(piece + element, style) > maxWidth + Tolerance)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(element);
        }

        pieces.Add(piece.ToString());
        return pieces;
    }

    // Widths are sums of rounded glyph advances; a hair of slack keeps an exactly fitting line from wrapping.
    private const double Tolerance = 0.001;
}

