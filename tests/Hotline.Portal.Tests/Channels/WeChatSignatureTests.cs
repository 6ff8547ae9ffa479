using Hotline.Portal.Channels;
using Hotline.Portal.Channels.WeChat;

namespace Hotline.Portal.Tests.Channels;

/// <summary>The WeChat signature and the "查询" command parser, as pure logic.</summary>
[Trait("Category", "Unit")]
public sealed class WeChatSignatureTests
{
    [Fact]
    public void Signature_is_sha1_of_the_sorted_concatenation()
    {
        // Independently computed: sha1("1764310000" + "93847261" + "demo-wechat-token") after ordinal sorting.
        Assert.Equal("6090765786eeabd9c514a761b6cb9737367d48db", WeChatSignature.Compute("demo-wechat-token", "1764310000", "93847261"));
        Assert.True(WeChatSignature.IsValid("demo-wechat-token", "6090765786eeabd9c514a761b6cb9737367d48db".ToUpperInvariant(), "1764310000", "93847261"));
        Assert.False(WeChatSignature.IsValid("demo-wechat-token", "6090765786eeabd9c514a761b6cb9737367d48db", "1764310001", "93847261"));
        Assert.False(WeChatSignature.IsValid("", "6090765786eeabd9c514a761b6cb9737367d48db", "1764310000", "93847261"));
    }

    [Theory]
    [InlineData("查询 12328-20261128-0000001 13800138000", "12328-20261128-0000001", "13800138000")]
    [InlineData("  查询　12328-20261128-0000001", "12328-20261128-0000001", null)]
    public void Query_command_takes_number_and_optional_phone(string text, string number, string? phone) =>
        Assert.Equal(new TicketQueryCommand(number, phone), TicketQueryCommand.Parse(text));

    [Theory]
    [InlineData("出租车拒载")]
    [InlineData("查询")]
    public void Other_texts_are_not_queries(string text) => Assert.Null(TicketQueryCommand.Parse(text));
}
