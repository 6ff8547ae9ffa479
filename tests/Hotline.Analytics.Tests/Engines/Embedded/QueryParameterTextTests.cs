using Hotline.Analytics.Engines.Embedded;

namespace Hotline.Analytics.Tests.Engines.Embedded;

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
}
