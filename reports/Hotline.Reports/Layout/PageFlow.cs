namespace Hotline.Reports.Layout;

/// <summary>The layout cursor: the pages so far, the current page's items and how far down the body it has filled.</summary>
internal sealed class PageFlow
{
    private readonly List<List<PlacedItem>> _pages = [];

    /// <summary>A flow starting on an empty first page.</summary>
    public PageFlow(PageGeometry geometry)
    {
        Geometry = geometry;
        NewPage();
    }

    /// <summary>Page size and margins.</summary>
    public PageGeometry Geometry { get; }

    /// <summary>The top of the next item on the current page.</summary>
    public double Y { get; private set; }

    /// <summary>The left edge of the text column.</summary>
    public double Left => Geometry.MarginLeft;

    /// <summary>The width of the text column.</summary>
    public double Width => Geometry.BodyWidth;

    /// <summary>Height left on the current page.</summary>
    public double Remaining => Geometry.BodyBottom - Y;

    /// <summary>True while nothing has been placed on the current page's body.</summary>
    public bool AtPageTop => Y <= Geometry.MarginTop + 0.01;

    /// <summary>The pages laid out so far, each in painting order.</summary>
    public IReadOnlyList<List<PlacedItem>> Pages => _pages;

    /// <summary>The items of the current page.</summary>
    public List<PlacedItem> Items => _pages[^1];

    /// <summary>Starts a new page and moves to the top of its body.</summary>
    public void NewPage()
    {
        _pages.Add([]);
        Y = Geometry.MarginTop;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits here; an empty page always takes the item.</summary>
    /// <returns>True when a new page was started.</returns>
    public bool EnsureRoom(double height)
    {
        if (height <= Remaining + 0.01 || AtPageTop)
            return false;
        NewPage();
        return true;
    }

    /// <summary>Moves down by <paramref name="height"/>.</summary>
    public void Advance(double height) => Y += height;

    /// <summary>Vertical space between blocks, dropped at the top of a page.</summary>
    public void Gap(double height)
    {
        if (!AtPageTop)
            Y = Math.Min(Y + height, Geometry.BodyBottom);
    }

    /// <summary>Adds an item to the current page.</summary>
    public void Add(PlacedItem item) => Items.Add(item);
}
