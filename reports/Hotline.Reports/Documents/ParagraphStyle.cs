namespace Hotline.Reports.Documents;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphStyle
{
    /// <summary>Ordinary body text.</summary>
    Body,

    /// <summary>A highlighted remark (a warning, a notable event), set in a tinted box.</summary>
    Note,

    /// <summary>Small muted text: sources, definitions.</summary>
    Fine,
}
