using Hotline.Reports.Layout;

namespace Hotline.Reports.Tests.Layout;

[Trait("Category", "Unit")]
public sealed class LineBreakerTests
{
    // With a 10 pt style a Chinese character is 10 pt wide, so a width of 50 holds exactly five.
    private static readonly TextStyle Style = TextStyle.Regular(10);
    private readonly LineBreaker _breaker = new(new FixedWidthMeasurer());

    private IReadOnlyList<string> Break(string text, double width) => _breaker.Break(text, Style, width);

    [Fact]
    public void Chinese_text_breaks_between_any_two_characters()
    {
        Assert.Equal(["一二三四五", "六七八九十", "甲乙"], Break("一二三四五六七八九十甲乙", 50));
    }

    [Fact]
    public void A_closing_mark_never_starts_a_line_it_takes_the_character_before_along()
    {
        var lines = Break("一二三四五，六七", 50);

        Assert.Equal(["一二三四", "五，六七"], lines);
    }

    [Theory]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('、')]
    [InlineData('；')]
    [InlineData('：')]
    [InlineData('？')]
    [InlineData('！')]
    [InlineData('）')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('】')]
    [InlineData('》')]
    [InlineData('”')]
    public void No_line_starts_with_any_closing_punctuation(char mark)
    {
        AtEveryPosition(mark, line => Assert.NotEqual(mark, line[0]));
    }

    [Theory]
    [InlineData('（')]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('【')]
    [InlineData('《')]
    [InlineData('“')]
    public void No_line_ends_with_opening_punctuation(char mark)
    {
        AtEveryPosition(mark, line => Assert.NotEqual(mark, line[^1]));
    }

    // Puts the mark at every position of a 13-character run broken five to a line, so it meets every line edge.
    private void AtEveryPosition(char mark, Action<string> assertLine)
    {
        for (var position = 1; position < 12; position++)
        {
            var text = new string('字', position) + mark + new string('文', 12 - position);

            var lines = Break(text, 50);

            Assert.All(lines, assertLine);
            Assert.Equal(text, string.Concat(lines));
        }
    }

    [Fact]
    public void An_opening_mark_at_the_end_of_a_full_line_moves_to_the_next()
    {
        Assert.Equal(["一二三四", "《五六》"], Break("一二三四《五六》", 50));
    }

    [Fact]
    public void Latin_words_are_kept_whole_and_break_at_spaces()
    {
        // "ASA" is 15 pt and "service" 35 pt wide at half an em per letter; 平均应答ASA just fits in 60.
        var lines = Break("平均应答ASA service level", 60);

        Assert.Equal(["平均应答ASA", "service", "level"], lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(' ') || l.EndsWith(' '));
    }

    [Fact]
    public void Numbers_with_their_signs_stay_together_next_to_Chinese()
    {
        var lines = Break("接通率为95.3%，较前日上升1.1个百分点", 80);

        Assert.Contains(lines, l => l.Contains("95.3%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("1.1", StringComparison.Ordinal));
        Assert.Equal("接通率为95.3%，较前日上升1.1个百分点", string.Concat(lines));
        Assert.All(lines, l => Assert.False(l.StartsWith('，')));
    }

    [Fact]
    public void A_double_dash_and_an_ellipsis_are_never_split()
    {
        var dash = Break("一二三四——五六", 50);
        var ellipsis = Break("一二三四……五六", 50);

        Assert.Contains(dash, l => l.Contains("——", StringComparison.Ordinal));
        Assert.Contains(ellipsis, l => l.Contains("……", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_the_only_thing_split_inside()
    {
        var lines = Break("https://hotline.example/tickets/2026112700001", 50);

        Assert.All(lines, l => Assert.True(new FixedWidthMeasurer().Width(l, Style) <= 50));
        Assert.Equal("https://hotline.example/tickets/2026112700001", string.Concat(lines));
    }

    [Fact]
    public void Newlines_end_lines_and_empty_lines_are_kept()
    {
        Assert.Equal(["第一行", string.Empty, "第三行"], Break("第一行\n\n第三行", 100));
    }

    [Fact]
    public void Every_line_fits_and_no_text_is_lost_on_a_long_mixed_paragraph()
    {
        const string text = "今日共受理来电 1,234 次，接通 1,176 次，接通率 95.3%；20 秒服务水平为 88.6%。“城市公共交通”类较上周同日增长明显（见表 2）。";
        var measurer = new FixedWidthMeasurer();

        foreach (var width in new[] { 40.0, 55, 73, 100, 160 })
        {
            var lines = Break(text, width);

            Assert.All(lines, l => Assert.True(measurer.Width(l, Style) <= width + 0.001, $"'{l}' is wider than {width}"));
            Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
            Assert.All(lines.Skip(1), l => Assert.False(BreakRules.CannotStartLine(System.Text.Rune.GetRuneAt(l, 0)), $"'{l}' starts with a closing mark at width {width}"));
            Assert.All(lines.SkipLast(1), l => Assert.False(BreakRules.CannotEndLine(System.Text.Rune.GetRuneAt(l, l.Length - 1)), $"'{l}' ends with an opening mark at width {width}"));
        }
    }

    [Fact]
    public void Units_mark_spaces_and_glue_marks_to_their_neighbours()
    {
        var units = LineBreaker.Units("共 12 次（含“网约车”）。");

        Assert.Equal(["共", "12", "次", "（含", "“网", "约", "车”）。"], units.Select(u => u.Text));
        Assert.True(units[1].SpaceBefore);
        Assert.True(units[2].SpaceBefore);
        Assert.False(units[3].SpaceBefore);
    }

    [Fact]
    public void A_width_of_zero_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Break("一", 0));
    }
}
