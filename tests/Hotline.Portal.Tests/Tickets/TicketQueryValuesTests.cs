using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;

namespace Hotline.Portal.Tests.Tickets;

/// <summary>The ticket API's query values: names in any case, and a wrong value refused naming the parameter; every state has a Chinese name for refusals.</summary>
[Trait("Category", "Unit")]
public sealed class TicketQueryValuesTests
{
    [Fact]
    public void States_channels_and_types_are_read_by_name_in_any_case()
    {
        Assert.Equal([TicketState.Dispatched, TicketState.Closed], TicketQueryValues.States(["dispatched", "CLOSED", " "]));
        Assert.Equal([TicketChannel.WeChat], TicketQueryValues.Channels(["wechat"]));
        Assert.Equal([TicketType.Complaint, TicketType.Help], TicketQueryValues.Types(["complaint", "Help"]));
        Assert.Null(TicketQueryValues.Type(""));
        Assert.Empty(TicketQueryValues.States(null));
    }

    [Theory]
    [InlineData("state", "Lost")]
    [InlineData("state", "3")]
    [InlineData("channel", "Fax")]
    [InlineData("type", "rumour")]
    public void A_wrong_value_names_its_parameter_and_the_value(string field, string value)
    {
        var refused = Assert.Throws<TicketValidationException>(() => field switch
        {
            "state" => TicketQueryValues.States([value]).Count,
            "channel" => TicketQueryValues.Channels([value]).Count,
            _ => TicketQueryValues.Types([value]).Count,
        });
        Assert.Equal(field, refused.Field);
        Assert.Contains($"'{value}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_state_has_a_chinese_name_and_refusals_use_it()
    {
        Assert.All(Enum.GetValues<TicketState>(), state => Assert.NotEqual(state.ToString(), TicketApiTexts.StateName(state)));
        Assert.Equal("工单 12328-1 当前为「处理中」状态，不能结案。", TicketApiTexts.Refused("12328-1", TicketState.Handling, "close"));
    }
}
