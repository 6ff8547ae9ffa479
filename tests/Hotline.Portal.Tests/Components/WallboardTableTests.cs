using Bunit;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Portal.Components.Pages.Wallboard;

namespace Hotline.Portal.Tests.Components;

/// <summary>The wallboard's queue and agent tables: figures, clocks and the supervision buttons.</summary>
[Trait("Category", "Unit")]
public sealed class WallboardTableTests : PortalComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_longest_wait_grows_from_the_snapshot_while_callers_wait()
    {
        var waiting = new QueueSnapshot("complaints", 2, TimeSpan.FromSeconds(15), 1, 10, 8, 6, 2);
        var empty = new QueueSnapshot("enquiries", 0, TimeSpan.FromSeconds(40), 3, 4, 4, 4, 0);
        var table = Show<QueueTable>(p => p
            .Add(c => c.Rows, [new QueueRow(waiting, Now - TimeSpan.FromSeconds(5)), new QueueRow(empty, Now - TimeSpan.FromSeconds(5))])
            .Add(c => c.Now, Now));

        var complaints = table.Find("[data-testid=queue-complaints]");
        Assert.Equal("2", complaints.QuerySelector("[data-testid=waiting]")!.TextContent);
        Assert.Equal("00:20", complaints.QuerySelector("[data-testid=longest-wait]")!.TextContent);
        Assert.Equal("2", complaints.QuerySelector("[data-testid=abandoned]")!.TextContent);
        // 6 answered within target of 8 answered + 2 abandoned.
        Assert.Contains("60", complaints.QuerySelector("[data-testid=service-level]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("00:00", table.Find("[data-testid=queue-enquiries] [data-testid=longest-wait]").TextContent);
    }

    [Fact]
    public void Supervision_is_offered_on_talking_agents_once_the_supervisor_gave_an_extension()
    {
        (string CallId, SupervisionMode Mode)? asked = null;
        var talking = new AgentSnapshot("8001", AgentStatus.Talking, null, Now - TimeSpan.FromSeconds(90), "call-1", Now, TimeSpan.Zero, TimeSpan.Zero, 3);
        var ready = new AgentSnapshot("8002", AgentStatus.Ready, null, Now - TimeSpan.FromSeconds(30), null, Now, TimeSpan.Zero, TimeSpan.Zero, 1);
        var table = Show<AgentTable>(p => p
            .Add(c => c.Rows, [new AgentRow("8001", "坐席 8001", talking), new AgentRow("8002", "坐席 8002", ready)])
            .Add(c => c.Now, Now)
            .Add(c => c.CanSupervise, true)
            .Add(c => c.OnSupervise, request => asked = request));

        Assert.Contains("通话中", table.Find("[data-testid=agent-8001] [data-testid=state]").TextContent, StringComparison.Ordinal);
        Assert.Contains("01:30", table.Find("[data-testid=agent-8001]").TextContent, StringComparison.Ordinal);
        Assert.True(table.Find("[data-testid=agent-8002] [data-testid=supervise-Listen]").HasAttribute("disabled"));
        table.Find("[data-testid=agent-8001] [data-testid=supervise-Whisper]").Click();
        Assert.Equal(("call-1", SupervisionMode.Whisper), asked);
    }

    [Fact]
    public void Without_the_supervisor_extension_no_call_can_be_joined()
    {
        var talking = new AgentSnapshot("8001", AgentStatus.Talking, null, Now, "call-1", Now, TimeSpan.Zero, TimeSpan.Zero, 0);
        var table = Show<AgentTable>(p => p
            .Add(c => c.Rows, [new AgentRow("8001", "坐席 8001", talking)])
            .Add(c => c.Now, Now)
            .Add(c => c.CanSupervise, false));

        Assert.All(table.FindAll("[data-testid^=supervise-]"), button => Assert.True(button.HasAttribute("disabled")));
    }
}
