namespace Hotline.Reports.Layout;

/// <summary>Something positioned on a page, in points from the page's top-left corner.</summary>
public abstract record PlacedItem;
