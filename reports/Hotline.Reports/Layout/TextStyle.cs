namespace Hotline.Reports.Layout;

/// <summary>How a run of text is set: size in points, weight and colour.</summary>
public readonly record struct TextStyle(double Size, bool Bold, InkColor Color)
{
    /// <summary>Regular black text of <paramref name="size"/> points.</summary>
    public static TextStyle Regular(double size) => new(size, false, InkColor.Text);

    /// <summary>Bold black text of <paramref name="size"/> points.</summary>
    public static TextStyle Strong(double size) => new(size, true, InkColor.Text);

    /// <summary>The same style in another colour.</summary>
    public TextStyle In(InkColor color) => this with { Color = color };
}
