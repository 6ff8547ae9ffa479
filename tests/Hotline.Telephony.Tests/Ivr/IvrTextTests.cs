using Hotline.Telephony.Ivr;

namespace Hotline.Telephony.Tests.Ivr;

[Trait("Category", "Unit")]
public sealed class IvrTextTests
{
    private static readonly Dictionary<string, string> Vars = new() { ["n"] = "123", ["s"] = "已受理" };

    [Theory]
    [InlineData("工单{n}状态{s}", "工单123状态已受理")]
    [InlineData("{ n }", "123")]
    [InlineData("no vars", "no vars")]
    [InlineData("{unknown}x", "x")]
    [InlineData("{{n}} {n}", "{n} 123")]
    [InlineData("open { only", "open { only")]
    public void Substitutes(string template, string expected) => Assert.Equal(expected, IvrText.Substitute(template, Vars));
}
