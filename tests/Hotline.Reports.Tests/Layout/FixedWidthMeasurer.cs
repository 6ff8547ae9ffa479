using Hotline.Reports.Layout;

namespace Hotline.Reports.Tests.Layout;

/// <summary>A measurer with round numbers: a Chinese character is one em, any other character half an em, a space a quarter.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Width(string text, TextStyle style) =>
        text.EnumerateRunes().Sum(r => r.Value == ' ' ? 0.25 : BreakRules.IsIdeographic(r) || r.Value > 0x2000 ? 1.0 : 0.5) * style.Size;

    public double LineHeight(TextStyle style) => style.Size * 1.5;

    public double Ascent(TextStyle style) => style.Size * 1.1;
}
