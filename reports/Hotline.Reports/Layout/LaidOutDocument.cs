using Hotline.Reports.Documents;

namespace Hotline.Reports.Layout;

/// <summary>A report after layout: the pages, each fully positioned, including running header and footer.</summary>
public sealed record LaidOutDocument(ReportDocument Source, PageGeometry Geometry, IReadOnlyList<LaidOutPage> Pages);
