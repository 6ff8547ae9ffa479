using Bunit;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Portal.Components.Pages.Desk;

namespace Hotline.Portal.Tests.Components;

/// <summary>The desk's state bar: what each agent state shows and which commands it offers.</summary>
[Trait("Category", "Unit")]
public sealed class AgentStateBarTests : PortalComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static AgentSnapshot Agent(AgentStatus status, TimeSpan inState, NotReadyReason? reason = null) =>
        new("8001", status, reason, Now - inState, null, Now, TimeSpan.Zero, TimeSpan.Zero, 0);

    [Fact]
    public void A_ready_agent_sees_ready_disabled_and_can_go_not_ready_with_the_chosen_reason()
    {
        NotReadyReason? chosen = null;
        var bar = Show<AgentStateBar>(p => p
            .Add(c => c.Snapshot, Agent(AgentStatus.Ready, TimeSpan.FromSeconds(75)))
            .Add(c => c.Now, Now)
            .Add(c => c.OnNotReady, reason => chosen = reason));

        Assert.Contains("就绪", bar.Find("[data-testid=agent-status]").TextContent, StringComparison.Ordinal);
        Assert.Contains("01:15", bar.Find("[data-testid=time-in-state]").TextContent, StringComparison.Ordinal);
        Assert.True(bar.Find("[data-testid=ready]").HasAttribute("disabled"));
        bar.Find("[data-testid=not-ready]").Click();
        Assert.Equal(NotReadyReason.Break, chosen);
    }

    [Fact]
    public void A_logged_out_agent_is_offered_only_the_login()
    {
        var loggedIn = false;
        var bar = Show<AgentStateBar>(p => p
            .Add(c => c.Snapshot, Agent(AgentStatus.LoggedOut, TimeSpan.Zero))
            .Add(c => c.Now, Now)
            .Add(c => c.OnLogin, () => loggedIn = true));

        Assert.Empty(bar.FindAll("[data-testid=ready]"));
        bar.Find("[data-testid=login]").Click();
        Assert.True(loggedIn);
    }

    [Fact]
    public void Wrap_up_counts_down_the_configured_time_and_can_be_ended()
    {
        var ended = false;
        var bar = Show<AgentStateBar>(p => p
            .Add(c => c.Snapshot, Agent(AgentStatus.WrapUp, TimeSpan.FromSeconds(10)))
            .Add(c => c.Now, Now)
            .Add(c => c.WrapUp, TimeSpan.FromSeconds(30))
            .Add(c => c.OnEndWrapUp, () => ended = true));

        Assert.Contains("00:20", bar.Find("[data-testid=wrap-up-left]").TextContent, StringComparison.Ordinal);
        Assert.False(bar.Find("[data-testid=ready]").HasAttribute("disabled"));
        bar.Find("[data-testid=end-wrap-up]").Click();
        Assert.True(ended);
    }

    [Fact]
    public void Not_ready_shows_its_reason_in_Chinese()
    {
        var bar = Show<AgentStateBar>(p => p
            .Add(c => c.Snapshot, Agent(AgentStatus.NotReady, TimeSpan.FromMinutes(2), NotReadyReason.Meeting))
            .Add(c => c.Now, Now));

        var status = bar.Find("[data-testid=agent-status]").TextContent;
        Assert.Contains("未就绪", status, StringComparison.Ordinal);
        Assert.Contains("会议", status, StringComparison.Ordinal);
    }

    [Fact]
    public void While_talking_the_agent_cannot_change_state()
    {
        var bar = Show<AgentStateBar>(p => p
            .Add(c => c.Snapshot, Agent(AgentStatus.Talking, TimeSpan.FromSeconds(5)))
            .Add(c => c.Now, Now));

        Assert.True(bar.Find("[data-testid=ready]").HasAttribute("disabled"));
        Assert.True(bar.Find("[data-testid=not-ready]").HasAttribute("disabled"));
        Assert.True(bar.Find("[data-testid=logout]").HasAttribute("disabled"));
    }
}
