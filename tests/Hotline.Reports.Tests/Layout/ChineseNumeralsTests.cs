using Hotline.Reports.Layout;

namespace Hotline.Reports.Tests.Layout;

[Trait("Category", "Unit")]
public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(23, "二十三")]
    [InlineData(99, "九十九")]
    public void Section_numbers_read_as_Chinese_numerals(int number, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.Format(number));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Numbers_outside_1_to_99_are_refused(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumerals.Format(number));
    }
}
