namespace Hotline.Reports.Layout;

/// <summary>An opaque RGB colour used by laid-out items, independent of the PDF library.</summary>
public readonly record struct InkColor(byte R, byte G, byte B)
{
    /// <summary>Body text.</summary>
    public static readonly InkColor Text = new(0x20, 0x20, 0x20);

    /// <summary>Secondary text: captions, header and footer.</summary>
    public static readonly InkColor Muted = new(0x6B, 0x6B, 0x6B);

    /// <summary>Headings and rules: the hotline's blue.</summary>
    public static readonly InkColor Accent = new(0x1F, 0x4E, 0x8C);

    /// <summary>Table header background.</summary>
    public static readonly InkColor HeaderFill = new(0xE4, 0xEC, 0xF6);

    /// <summary>Every other table row, and key-figure boxes.</summary>
    public static readonly InkColor BandFill = new(0xF5, 0xF7, 0xFA);

    /// <summary>Table grid lines and box borders.</summary>
    public static readonly InkColor Grid = new(0xC8, 0xCF, 0xD8);

    /// <summary>A change for the better.</summary>
    public static readonly InkColor Good = new(0x1E, 0x7B, 0x34);

    /// <summary>A change for the worse.</summary>
    public static readonly InkColor Bad = new(0xB0, 0x24, 0x18);
}
