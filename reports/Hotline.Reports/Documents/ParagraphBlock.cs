namespace Hotline.Reports.Documents;

/// <summary>Running text, broken into lines by the Chinese line-breaking rules; a newline starts a new line.</summary>
public sealed record ParagraphBlock(string Text, ParagraphStyle Style = ParagraphStyle.Body) : ReportBlock;
