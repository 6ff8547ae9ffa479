using System.Globalization;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Layout;

/// <summary>Charts across the text width with a numbered caption beneath, never split; shrunk only if taller than a page.</summary>
internal sealed class FigureLayout(LayoutContext context)
{
    private const double CaptionGap = 4;

    /// <summary>The height the whole figure needs.</summary>
    public double LeadHeight(FigureBlock block, PageGeometry geometry) => ChartHeight(block, geometry) + CaptionGap + context.LineHeight(context.Theme.Fine);

    /// <summary>Places figure number <paramref name="number"/> at the cursor.</summary>
    public void Place(PageFlow flow, FigureBlock block, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(block.Height, 0, nameof(block));
        var height = ChartHeight(block, flow.Geometry);
        flow.EnsureRoom(LeadHeight(block, flow.Geometry));
        flow.Add(new PlacedChart(flow.Left, flow.Y, flow.Width, height, block.Chart));
        flow.Advance(height + CaptionGap);
        var caption = string.Format(CultureInfo.CurrentCulture, ReportText.FigureCaption, number, block.Caption);
        context.PlaceLines(flow, context.Breaker.Break(caption, context.Theme.Fine, flow.Width), context.Theme.Fine, flow.Left, flow.Width, CellAlignment.Center);
        flow.Gap(context.Theme.BlockGap);
    }

    private double ChartHeight(FigureBlock block, PageGeometry geometry) =>
        Math.Min(block.Height, geometry.BodyHeight - CaptionGap - (2 * context.LineHeight(context.Theme.Fine)));
}
