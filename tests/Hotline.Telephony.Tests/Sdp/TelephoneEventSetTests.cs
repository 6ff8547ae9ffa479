using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class TelephoneEventSetTests
{
    [Theory]
    [InlineData("0-15", "0-15")]
    [InlineData("0-11,16", "0-11,16")]
    [InlineData("16, 0-15", "0-16")]
    [InlineData("0-15,66,70", "0-15,66,70")]
    [InlineData("255", "255")]
    public void Parses_and_writes_compact_lists(string text, string expected) =>
        Assert.Equal(expected, TelephoneEventSet.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("a-b")]
    [InlineData("15-0")]
    [InlineData("0-256")]
    public void Rejects_malformed_lists(string text) => Assert.Null(TelephoneEventSet.TryParse(text));

    [Fact]
    public void Intersects()
    {
        var common = TelephoneEventSet.Parse("0-11,16").Intersect(TelephoneEventSet.Parse("0-16"));
        Assert.Equal("0-11,16", common.ToString());
        Assert.True(common.Contains(16));
        Assert.False(common.Contains(12));
        Assert.True(TelephoneEventSet.Parse("66").Intersect(TelephoneEventSet.Default).IsEmpty);
    }
}
