using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Files;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Each file format writes articles and reads back the same title, code, tags, body and tables, and names what is wrong in a bad file.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeFileCodecTests
{
    public static TheoryData<string> Formats => [nameof(KnowledgeFileFormat.Docx), nameof(KnowledgeFileFormat.Xlsx), nameof(KnowledgeFileFormat.Markdown), nameof(KnowledgeFileFormat.Json)];

    private static readonly KnowledgeDocument[] Documents =
    [
        new("faq", KnowledgeSamples.TaxiFares()),
        new("policies", KnowledgeSamples.Refusal()),
        new("routes", new KnowledgeContent
        {
            Title = "1路公交 | 线路", Code = null, Tags = [],
            Body = "首班 6:00\n末班 22:00\n\n### 站点\n火车站 → 汽车站",
            Tables = [new KnowledgeTable("空表", [new KnowledgeColumn("站名"), new KnowledgeColumn("换乘", KnowledgeColumnType.Boolean)], [])],
        }),
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Written_articles_read_back_the_same(string format)
    {
        var codec = Codec(format);
        using var file = new MemoryStream();
        codec.Write(Documents, file);
        file.Position = 0;

        var read = codec.Read(file);

        Assert.Empty(read.Errors);
        Assert.Equal(Documents.Length, read.Items.Count);
        for (var i = 0; i < Documents.Length; i++)
        {
            Assert.Equal(Documents[i].LibraryId, read.Items[i].Document.LibraryId);
            var expected = Documents[i].Content;
            var actual = read.Items[i].Document.Content;
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.Tags, actual.Tags);
            Assert.Equal(expected.Body, actual.Body);
            Assert.Equal(expected.Tables.Count, actual.Tables.Count);
            Assert.True(expected.SameAs(actual), $"article {i + 1} differs after the {format} round trip");
        }
    }

    [Fact]
    public void A_word_document_has_real_headings_paragraphs_and_tables()
    {
        using var file = new MemoryStream();
        new KnowledgeDocxCodec().Write(Documents, file);
        file.Position = 0;
        using var word = WordprocessingDocument.Open(file, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToArray();
        Assert.Equal(Documents.Select(d => d.Content.Title), headings);
        Assert.Equal(Documents.Sum(d => d.Content.Tables.Count), body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
        Assert.Contains(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading3" && p.InnerText == "投诉处理");
    }

    [Fact]
    public void Html_bodies_go_to_word_as_headings_and_paragraphs_without_markup()
    {
        var html = new KnowledgeDocument("faq", new KnowledgeContent
        {
            Title = "网约车投诉", Format = KnowledgeBodyFormat.Html, Body = "<h2>受理范围</h2><p>网约车<b>乱收费</b>。</p><ul><li>拒载</li></ul>",
        });
        using var file = new MemoryStream();
        new KnowledgeDocxCodec().Write([html], file);
        file.Position = 0;

        var read = new KnowledgeDocxCodec().Read(file);

        Assert.Equal("## 受理范围\n网约车乱收费。\n拒载", Assert.Single(read.Items).Document.Content.Body);
    }

    [Fact]
    public void A_workbook_with_bad_rows_names_each_sheet_and_row()
    {
        using var file = new MemoryStream();
        new KnowledgeXlsxCodec().Write(Documents, file);
        var broken = XlsxWith(file, articles: rows =>
        {
            rows[1]["标题"] = "";
            rows[2]["格式"] = "Word";
        }, entries: rows => rows[0]["序号"] = "7");

        var read = new KnowledgeXlsxCodec().Read(broken);

        Assert.Equal(["articles 第 3 行", "articles 第 4 行", "entries 第 2 行"], read.Errors.Select(e => e.Location));
        Assert.Contains("标题", read.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'Word'", read.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'7'", read.Errors[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_of_another_kind_is_reported_not_thrown(string format)
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("this is not a knowledge file {"));
        var read = Codec(format).Read(file);
        Assert.Empty(read.Items);
        Assert.NotEmpty(Assert.Single(read.Errors).Message);
    }

    [Fact]
    public void A_markdown_table_row_with_too_many_cells_names_its_line()
    {
        const string text = "---\nlibrary: faq\ncode: 02.01\ntags: a\nformat: Markdown\n---\n# 标题\n\n正文\n\n<!-- table: 运价 -->\n| 车型 | 起步价:Money |\n| --- | --- |\n| 普通 | 13 | 多余 |\n";
        var read = new KnowledgeMarkdownCodec().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var error = Assert.Single(read.Errors);
        Assert.Contains("Line 14", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_text_before_the_first_heading_and_an_article_without_library_are_reported()
    {
        using var file = new MemoryStream();
        new KnowledgeDocxCodec().Write([new KnowledgeDocument("", KnowledgeSamples.Refusal())], file);
        file.Position = 0;
        var read = new KnowledgeDocxCodec().Read(file);
        Assert.Contains("库：", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    private static IKnowledgeFileCodec Codec(string format) => Enum.Parse<KnowledgeFileFormat>(format) switch
    {
        KnowledgeFileFormat.Docx => new KnowledgeDocxCodec(),
        KnowledgeFileFormat.Xlsx => new KnowledgeXlsxCodec(),
        KnowledgeFileFormat.Markdown => new KnowledgeMarkdownCodec(),
        _ => new KnowledgeJsonCodec(),
    };

    // Reads both sheets as rows, lets the test break some, and writes a new workbook.
    private static MemoryStream XlsxWith(MemoryStream workbook, Action<List<Dictionary<string, object?>>> articles, Action<List<Dictionary<string, object?>>> entries)
    {
        List<Dictionary<string, object?>> Rows(string sheet)
        {
            workbook.Position = 0;
            return MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet, excelType: MiniExcelLibs.ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
        }
        var articleRows = Rows("articles");
        var entryRows = Rows("entries");
        articles(articleRows);
        entries(entryRows);
        var result = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(result, new Dictionary<string, object> { ["articles"] = articleRows, ["entries"] = entryRows }, excelType: MiniExcelLibs.ExcelType.XLSX);
        result.Position = 0;
        return result;
    }
}
