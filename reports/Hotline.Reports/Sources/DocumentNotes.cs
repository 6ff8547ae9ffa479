using Hotline.Reports.Documents;

namespace Hotline.Reports.Sources;

/// <summary>Adds a short explanatory section in front of a built report (no data in the period, provisional definitions), leaving the builders untouched.</summary>
public static class DocumentNotes
{
    /// <summary><paramref name="document"/> with a first section <paramref name="heading"/> holding <paramref name="text"/> as a note.</summary>
    public static ReportDocument Prepend(ReportDocument document, string heading, string text)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Sections = [new ReportSection(heading, [new ParagraphBlock(text, ParagraphStyle.Note)]), .. document.Sections] };
    }
}
