using System.Globalization;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Layout;

/// <summary>The title block at the top of the first page: title, period line, when generated, and a rule.</summary>
internal sealed class TitleLayout(LayoutContext context)
{
    /// <summary>Places the title block for <paramref name="document"/>.</summary>
    public void Place(PageFlow flow, ReportDocument document)
    {
        var theme = context.Theme;
        context.PlaceLines(flow, context.Breaker.Break(document.Title, theme.Title, flow.Width), theme.Title, flow.Left, flow.Width, CellAlignment.Center);
        flow.Advance(4);
        context.PlaceLines(flow, context.Breaker.Break(document.Subtitle, theme.Subtitle, flow.Width), theme.Subtitle, flow.Left, flow.Width, CellAlignment.Center);
        var generated = string.Format(CultureInfo.CurrentCulture, ReportText.GeneratedAt, document.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        context.PlaceLines(flow, [generated], theme.Fine, flow.Left, flow.Width, CellAlignment.Center);
        flow.Advance(6);
        flow.Add(new PlacedRule(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y, 1.2, InkColor.Accent));
        flow.Advance(10);
    }
}
