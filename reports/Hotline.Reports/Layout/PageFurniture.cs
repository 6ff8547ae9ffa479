using System.Globalization;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Layout;

/// <summary>The running header (title and organisation over a rule) and the footer 第 N 页 / 共 M 页, added once the page count is known.</summary>
internal sealed class PageFurniture(LayoutContext context)
{
    private const double HeaderRaise = 30;
    private const double FooterDrop = 26;

    /// <summary>The footer text of page <paramref name="number"/> of <paramref name="total"/>.</summary>
    public static string PageNumber(int number, int total) => string.Format(CultureInfo.CurrentCulture, ReportText.PageNumber, number, total);

    /// <summary>Adds header and footer items to every page.</summary>
    public void AddTo(IReadOnlyList<List<PlacedItem>> pages, ReportDocument document, PageGeometry geometry)
    {
        var style = context.Theme.Furniture;
        var lineHeight = context.LineHeight(style);
        var headerTop = geometry.MarginTop - HeaderRaise;
        for (var i = 0; i < pages.Count; i++)
        {
            var items = pages[i];
            var half = geometry.BodyWidth / 2;
            items.Add(new PlacedText(geometry.MarginLeft, headerTop, half, document.Title, style));
            items.Add(new PlacedText(geometry.MarginLeft + half, headerTop, half, document.Organisation, style, CellAlignment.Right));
            var ruleY = headerTop + lineHeight + 2;
            items.Add(new PlacedRule(geometry.MarginLeft, ruleY, geometry.Width - geometry.MarginRight, ruleY, 0.5, InkColor.Grid));
            items.Add(new PlacedText(geometry.MarginLeft, geometry.BodyBottom + FooterDrop - lineHeight, geometry.BodyWidth, PageNumber(i + 1, pages.Count), style, CellAlignment.Center));
        }
    }
}
