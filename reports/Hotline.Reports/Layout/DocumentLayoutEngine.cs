using Hotline.Reports.Documents;

namespace Hotline.Reports.Layout;

/// <summary>Lays a <see cref="ReportDocument"/> out into pages: title block, numbered sections, tables and figures numbered in order, then header and footer with the final page count.</summary>
public sealed class DocumentLayoutEngine
{
    private readonly LayoutContext _context;
    private readonly PageGeometry _geometry;
    private readonly TitleLayout _title;
    private readonly HeadingLayout _headings;
    private readonly ParagraphLayout _paragraphs;
    private readonly TableLayout _tables;
    private readonly FigureLayout _figures;
    private readonly KeyFiguresLayout _keyFigures;
    private readonly PageFurniture _furniture;

    /// <summary>An engine measuring with <paramref name="measurer"/> on <paramref name="geometry"/> (A4 by default) in <paramref name="theme"/> (the standard one by default).</summary>
    public DocumentLayoutEngine(ITextMeasurer measurer, PageGeometry? geometry = null, ReportTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(measurer);
        _geometry = geometry ?? PageGeometry.A4;
        _context = new LayoutContext(measurer, new LineBreaker(measurer), theme ?? ReportTheme.Standard);
        _title = new TitleLayout(_context);
        _headings = new HeadingLayout(_context);
        _paragraphs = new ParagraphLayout(_context);
        _tables = new TableLayout(_context);
        _figures = new FigureLayout(_context);
        _keyFigures = new KeyFiguresLayout(_context);
        _furniture = new PageFurniture(_context);
    }

    /// <summary>The pages of <paramref name="document"/>, fully positioned.</summary>
    public LaidOutDocument Layout(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var flow = new PageFlow(_geometry);
        var tables = 0;
        var figures = 0;
        _title.Place(flow, document);

        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var heading = $"{ChineseNumerals.Format(s + 1)}、{section.Heading}";
            _headings.PlaceSection(flow, heading, LeadHeight(section.Blocks, 0));
            for (var b = 0; b < section.Blocks.Count; b++)
            {
                switch (section.Blocks[b])
                {
                    case SubheadingBlock subheading:
                        _headings.PlaceSubheading(flow, subheading, LeadHeight(section.Blocks, b + 1));
                        break;
                    case ParagraphBlock paragraph:
                        _paragraphs.Place(flow, paragraph);
                        break;
                    case TableBlock table:
                        _tables.Place(flow, table, ++tables);
                        break;
                    case FigureBlock figure:
                        _figures.Place(flow, figure, ++figures);
                        break;
                    case KeyFiguresBlock keyFigures:
                        _keyFigures.Place(flow, keyFigures);
                        break;
                    case PageBreakBlock:
                        if (!flow.AtPageTop)
                            flow.NewPage();
                        break;
                    case var other:
                        throw new NotSupportedException($"Section '{section.Heading}': no layout for block type {other.GetType().Name}.");
                }
            }
        }

        _furniture.AddTo(flow.Pages, document, _geometry);
        return new LaidOutDocument(document, _geometry, [.. flow.Pages.Select((items, i) => new LaidOutPage(i + 1, items))]);
    }

    // What the block at `index` needs to start, so a heading before it is not stranded at the foot of a page.
    private double LeadHeight(IReadOnlyList<ReportBlock> blocks, int index) => index >= blocks.Count ? 0 : blocks[index] switch
    {
        ParagraphBlock paragraph => _paragraphs.LeadHeight(paragraph),
        TableBlock table => _tables.LeadHeight(table, _geometry),
        FigureBlock figure => _figures.LeadHeight(figure, _geometry),
        KeyFiguresBlock keyFigures => _keyFigures.LeadHeight(keyFigures, _geometry.BodyWidth),
        SubheadingBlock => _context.LineHeight(_context.Theme.Subheading) + LeadHeight(blocks, index + 1),
        _ => 0,
    };
}
