using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Content;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Content checks: typed cells made canonical or refused by name, HTML sanitised, tags cleaned.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeContentValidatorTests
{
    private static readonly HashSet<string> Codes = ["02", "02.01"];

    [Fact]
    public void Typed_cells_are_stored_in_canonical_form()
    {
        var table = new KnowledgeTable("运价",
            [new KnowledgeColumn("起步价", KnowledgeColumnType.Money), new KnowledgeColumn("里程", KnowledgeColumnType.Number), new KnowledgeColumn("夜间", KnowledgeColumnType.Boolean), new KnowledgeColumn("日期", KnowledgeColumnType.Date)],
            [["￥13", "3.50", "是", "2026-01-05"], ["14.5元", "1,000", "false", ""]]);

        var stored = KnowledgeContentValidator.Normalise(new KnowledgeContent { Title = " 运价 ", Tags = ["a", " a ", ""], Tables = [table] }, Codes);

        Assert.Equal("运价", stored.Title);
        Assert.Equal(["a"], stored.Tags);
        Assert.Equal(["13.00", "3.50", "true", "2026-01-05"], stored.Tables[0].Rows[0]);
        Assert.Equal(["14.50", "1000", "false", ""], stored.Tables[0].Rows[1]);
    }

    [Theory]
    [InlineData(KnowledgeColumnType.Money, "-1")]
    [InlineData(KnowledgeColumnType.Money, "1.005")]
    [InlineData(KnowledgeColumnType.Number, "三")]
    [InlineData(KnowledgeColumnType.Date, "2026/01/05")]
    [InlineData(KnowledgeColumnType.Boolean, "maybe")]
    public void A_cell_that_is_not_of_its_column_type_is_refused_naming_table_row_column_and_value(KnowledgeColumnType type, string value)
    {
        var content = new KnowledgeContent { Title = "t", Tables = [new KnowledgeTable("表一", [new KnowledgeColumn("列"), new KnowledgeColumn("值", type)], [["a", Valid(type)], ["b", value]])] };
        var error = Assert.Throws<KnowledgeValidationException>(() => KnowledgeContentValidator.Normalise(content, Codes));
        Assert.Equal("Tables[0].Rows[1].值", error.Field);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("表一", error.Message, StringComparison.Ordinal);
    }

    private static string Valid(KnowledgeColumnType type) => type switch
    {
        KnowledgeColumnType.Date => "2026-01-05",
        KnowledgeColumnType.Boolean => "true",
        _ => "1",
    };

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var content = new KnowledgeContent { Title = "t", Tables = [new KnowledgeTable("表", [new KnowledgeColumn("a"), new KnowledgeColumn("b")], [["1"]])] };
        Assert.Equal("Tables[0].Rows[0]", Assert.Throws<KnowledgeValidationException>(() => KnowledgeContentValidator.Normalise(content, Codes)).Field);
    }

    [Fact]
    public void Html_bodies_lose_scripts_and_event_handlers_but_keep_their_text()
    {
        var content = new KnowledgeContent
        {
            Title = "t", Format = KnowledgeBodyFormat.Html,
            Body = "<p onclick=\"steal()\">拒载投诉</p><script>alert(1)</script><img src=\"/api/v1/knowledge/images/a.png\">",
        };
        var body = KnowledgeContentValidator.Normalise(content, Codes).Body;
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>拒载投诉</p>", body, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/api/v1/knowledge/images/a.png\">", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_bodies_are_stored_as_written()
    {
        const string body = "# 标题\n<b>原样</b>";
        Assert.Equal(body, KnowledgeContentValidator.Normalise(new KnowledgeContent { Title = "t", Body = body }, Codes).Body);
    }

    [Theory]
    [InlineData("", null, "Title")]
    [InlineData("t", "03", "Code")]
    public void Missing_title_and_unknown_code_are_refused_by_field(string title, string? code, string field) =>
        Assert.Equal(field, Assert.Throws<KnowledgeValidationException>(() => KnowledgeContentValidator.Normalise(new KnowledgeContent { Title = title, Code = code }, Codes)).Field);
}
