namespace Hotline.Reports.Documents;

/// <summary>Horizontal alignment of text in a table cell.</summary>
public enum CellAlignment
{
    /// <summary>Text: names, descriptions.</summary>
    Left,

    /// <summary>Short codes and marks.</summary>
    Center,

    /// <summary>Figures, so digits line up.</summary>
    Right,
}
