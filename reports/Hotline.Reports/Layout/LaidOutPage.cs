namespace Hotline.Reports.Layout;

/// <summary>One page: its 1-based number and the items on it, in painting order.</summary>
public sealed record LaidOutPage(int Number, IReadOnlyList<PlacedItem> Items)
{
    /// <summary>The text of every line on the page, top to bottom, for tests and previews.</summary>
    public IEnumerable<string> Lines() => Items.OfType<PlacedText>().OrderBy(t => t.Top).ThenBy(t => t.X).Select(t => t.Text);
}
