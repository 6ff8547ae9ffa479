namespace Hotline.Grains.Search;

/// <summary>How finely text is cut: indexes keep a long word's dictionary sub-words too, queries keep whole words.</summary>
public enum ChineseSegmentationMode
{
    /// <summary>Whole words plus their in-dictionary sub-words (出租车司机 → 出租, 出租车, 司机, 出租车司机), so a shorter query word still matches.</summary>
    Index,

    /// <summary>Whole words only, so a query asks for what the user typed.</summary>
    Query,
}
