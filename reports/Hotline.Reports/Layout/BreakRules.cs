using System.Text;

namespace Hotline.Reports.Layout;

/// <summary>Which characters may stand alone on a line and which may not begin or end one (Chinese kinsoku rules).</summary>
public static class BreakRules
{
    // GB/T 15834 and common typesetting practice: closing marks and pause marks stay with the text before them.
    private const string NoLineStart = "，。、；：？！）」』】》〉〕〗〙〛｝］’”…‥·・％‰℃°,.;:?!)]}%～";

    // Opening marks and prefix currency signs stay with the text after them.
    private const string NoLineEnd = "（「『【《〈〔〖〘〚｛［‘“([{￥$£¥";

    // Doubled dashes and ellipses are one mark and must not be split across lines.
    private const string Inseparable = "—…";

    /// <summary>True when <paramref name="rune"/> must not be the first character of a line.</summary>
    public static bool CannotStartLine(Rune rune) => rune.IsBmp && NoLineStart.Contains((char)rune.Value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="rune"/> must not be the last character of a line.</summary>
    public static bool CannotEndLine(Rune rune) => rune.IsBmp && NoLineEnd.Contains((char)rune.Value, StringComparison.Ordinal);

    /// <summary>True when no break may fall between <paramref name="before"/> and <paramref name="after"/> (e.g. the two halves of ——).</summary>
    public static bool MustStayTogether(Rune before, Rune after) =>
        before == after && before.IsBmp && Inseparable.Contains((char)before.Value, StringComparison.Ordinal);

    /// <summary>True for characters that are set one by one with a break opportunity on either side (Han, kana, Hangul, full-width forms, CJK punctuation).</summary>
    public static bool IsIdeographic(Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x2E80 and <= 0x9FFF // radicals, CJK symbols and punctuation, kana, Bopomofo, Han (incl. extension A)
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F // CJK compatibility forms
            or >= 0xFF00 and <= 0xFFEF // full-width and half-width forms
            or >= 0x20000 and <= 0x3FFFF; // supplementary ideographic planes
    }

    /// <summary>True when <paramref name="rune"/> is its own unit rather than part of a Latin word.</summary>
    /// <remarks>ASCII punctuation stays inside the word it touches ("95.3%", "(ASA)"); non-ASCII marks such as ” — … are units of their own.</remarks>
    public static bool StandsAlone(Rune rune) =>
        IsIdeographic(rune) || (rune.IsBmp && rune.Value > 0x7F && Marks.Contains((char)rune.Value, StringComparison.Ordinal));

    private static readonly string Marks = NoLineStart + NoLineEnd + Inseparable;
}
