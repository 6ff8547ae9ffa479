namespace Hotline.Reports.Documents;

/// <summary>A heading inside a section; kept on the same page as the block after it.</summary>
public sealed record SubheadingBlock(string Text) : ReportBlock;
