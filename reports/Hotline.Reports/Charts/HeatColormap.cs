using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Pale to deep hotline blue, so busy cells are dark; ScottPlot's Blues runs the other way.</summary>
internal sealed class HeatColormap : IColormap
{
    private static readonly Color Low = Color.FromHex("#F3F7FC");
    private static readonly Color High = Color.FromHex("#123A6F");

    /// <inheritdoc />
    public string Name => "Hotline heat";

    /// <inheritdoc />
    public Color GetColor(double position)
    {
        var t = double.IsNaN(position) ? 0 : Math.Clamp(position, 0, 1);
        return new Color(Mix(Low.R, High.R, t), Mix(Low.G, High.G, t), Mix(Low.B, High.B, t));
    }

    private static byte Mix(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t));
}
