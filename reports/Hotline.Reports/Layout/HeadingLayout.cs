using Hotline.Reports.Documents;

namespace Hotline.Reports.Layout;

/// <summary>Section headings and subheadings, each kept on the same page as the start of what follows it.</summary>
internal sealed class HeadingLayout(LayoutContext context)
{
    /// <summary>Places a numbered section heading; <paramref name="followingLead"/> is the height the next block needs to start.</summary>
    public void PlaceSection(PageFlow flow, string text, double followingLead)
    {
        flow.Gap(context.Theme.SectionGap);
        Place(flow, text, context.Theme.Section, followingLead, underline: true);
    }

    /// <summary>Places a subheading; <paramref name="followingLead"/> is the height the next block needs to start.</summary>
    public void PlaceSubheading(PageFlow flow, SubheadingBlock block, double followingLead)
    {
        flow.Gap(context.Theme.BlockGap / 2);
        Place(flow, block.Text, context.Theme.Subheading, followingLead, underline: false);
    }

    private void Place(PageFlow flow, string text, TextStyle style, double followingLead, bool underline)
    {
        var lines = context.Breaker.Break(text, style, flow.Width);
        var height = (lines.Count * context.LineHeight(style)) + (underline ? 4 : 2);
        // A heading alone at the foot of a page, its text on the next, is the classic layout fault.
        flow.EnsureRoom(height + followingLead);
        context.PlaceLines(flow, lines, style, flow.Left, flow.Width);
        if (underline)
        {
            flow.Add(new PlacedRule(flow.Left, flow.Y + 1, flow.Left + flow.Width, flow.Y + 1, 0.6, InkColor.Grid));
            flow.Advance(4);
        }
        else
        {
            flow.Advance(2);
        }
    }
}
