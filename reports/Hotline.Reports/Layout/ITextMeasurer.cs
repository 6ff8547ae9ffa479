namespace Hotline.Reports.Layout;

/// <summary>Measures text as the output device will set it.</summary>
public interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    double Width(string text, TextStyle style);

    /// <summary>The distance from one baseline to the next for <paramref name="style"/>, in points.</summary>
    double LineHeight(TextStyle style);

    /// <summary>The distance from the top of a line box to its baseline, in points.</summary>
    double Ascent(TextStyle style);
}
