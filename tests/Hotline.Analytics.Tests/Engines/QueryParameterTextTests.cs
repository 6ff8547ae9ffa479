using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Tests.Engines;

[Trait("Category", "Unit")]
public sealed class QueryParameterTextTests
{
    [Theory]
    [InlineData("plain 文本", "plain 文本")]
    [InlineData("a\n\nb", "a\\n\\nb")]
    [InlineData("tab\tcr\rnul\0", "tab\\tcr\\rnul\\0")]
    [InlineData("back\\slash 'quote'", "back\\\\slash 'quote'")]
    public void Escapes_what_ends_or_alters_a_String_parameter(string value, string expected) =>
        Assert.Equal(expected, QueryParameterText.Escape(value));

    [Fact]
    public void Arrays_are_quoted_literals_with_every_special_character_escaped_inside_the_quotes() =>
        Assert.Equal("['a\\'b','c\\\\d','e\\tf','绕路']", QueryParameterText.Of(["a'b", "c\\d", "e\tf", "绕路"]));

    [Fact]
    public void Days_instants_and_numbers_use_invariant_text()
    {
        Assert.Equal("2026-03-01", QueryParameterText.Of(new DateOnly(2026, 3, 1)));
        Assert.Equal("1772323200.250", QueryParameterText.Of(new DateTimeOffset(2026, 3, 1, 0, 0, 0, 250, TimeSpan.Zero)));
        Assert.Equal("-42", QueryParameterText.Of(-42L));
        Assert.Equal("0.5", QueryParameterText.Of(0.5));
    }
}
