using Hotline.Reports.Documents;

namespace Hotline.Reports.Layout;

/// <summary>Running text, notes in tinted boxes and small print; breaks across pages between lines.</summary>
internal sealed class ParagraphLayout(LayoutContext context)
{
    private const double NotePadding = 6;
    private const double NoteBar = 3;

    /// <summary>The height the paragraph needs to start on a page: two lines, so no single line is left behind.</summary>
    public double LeadHeight(ParagraphBlock block) => 2 * context.LineHeight(Style(block.Style));

    /// <summary>Places <paramref name="block"/> at the cursor.</summary>
    public void Place(PageFlow flow, ParagraphBlock block)
    {
        var style = Style(block.Style);
        if (block.Style != ParagraphStyle.Note)
        {
            var lines = context.Breaker.Break(block.Text, style, flow.Width);
            flow.EnsureRoom(Math.Min(lines.Count, 2) * context.LineHeight(style));
            context.PlaceLines(flow, lines, style, flow.Left, flow.Width);
        }
        else
        {
            PlaceNote(flow, block.Text, style);
        }

        flow.Gap(context.Theme.BlockGap);
    }

    // A note is a tinted box with an accent bar; when it breaks across pages each part gets its own box, drawn beneath its lines.
    private void PlaceNote(PageFlow flow, string text, TextStyle style)
    {
        var inner = flow.Width - NoteBar - (2 * NotePadding);
        var lines = context.Breaker.Break(text, style, inner);
        var lineHeight = context.LineHeight(style);
        flow.EnsureRoom(Math.Min(lines.Count, 2) * lineHeight + (2 * NotePadding));

        var index = 0;
        while (index < lines.Count)
        {
            var fits = Math.Max(1, (int)((flow.Remaining - (2 * NotePadding)) / lineHeight));
            var count = Math.Min(fits, lines.Count - index);
            var height = (count * lineHeight) + (2 * NotePadding);
            flow.Add(new PlacedBox(flow.Left, flow.Y, flow.Width, height, InkColor.BandFill, null));
            flow.Add(new PlacedBox(flow.Left, flow.Y, NoteBar, height, InkColor.Accent, null));
            var top = flow.Y + NotePadding;
            for (var i = 0; i < count; i++)
                flow.Add(new PlacedText(flow.Left + NoteBar + NotePadding, top + (i * lineHeight), inner, lines[index + i], style));
            flow.Advance(height);
            index += count;
            if (index < lines.Count)
                flow.NewPage();
        }
    }

    private TextStyle Style(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Fine => context.Theme.Fine,
        _ => context.Theme.Body,
    };
}
