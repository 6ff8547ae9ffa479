using System.Text.Json;
using Hotline.Telephony.Ivr;

namespace Hotline.Telephony.Tests.Ivr;

[Trait("Category", "Unit")]
public sealed class IvrFlowJsonTests
{
    [Fact]
    public void Demo_flow_round_trips()
    {
        var flow = DemoFlows.Load12328();

        var json = IvrFlowJson.Serialize(flow);
        var again = IvrFlowJson.Parse(json);

        Assert.Equal(json, IvrFlowJson.Serialize(again));
        Assert.Equal(flow.Nodes.Keys, again.Nodes.Keys);
        Assert.Equal(flow.Nodes.Values.Select(n => n.GetType()), again.Nodes.Values.Select(n => n.GetType()));
        Assert.Contains("\"type\": \"collect\"", json, StringComparison.Ordinal);
        Assert.Contains("投诉举报请按1", json, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(20, 0), again.Calendars["service"].Hours[0].Close);
        Assert.Equal(new DateOnly(2026, 10, 1), again.Calendars["service"].Holidays[1].Date);
    }

    [Fact]
    public void Every_node_type_round_trips()
    {
        IvrNode[] nodes =
        [
            new PlayNode { Prompt = IvrPrompt.FromFile("a.wav"), Interruptible = true, Next = "x" },
            new CollectNode { Prompt = IvrPrompt.Text("m"), MaxDigits = 4, Terminator = "#", Branches = [new DigitBranch { Pattern = "^1", Next = "x" }], OnTimeout = "x" },
            new TimeBranchNode { Calendar = "c", Open = "x", Closed = "x", Holiday = "x" },
            new SetVariableNode { Name = "n", Value = "v", Next = "x" },
            new RouteToQueueNode { Queue = "q", Priority = 2 },
            new VoicemailNode { MaxLengthSeconds = 30, Beep = false },
            new CallbackRequestNode { Prompt = IvrPrompt.Text("n"), NumberPattern = @"^\d+$" },
            new QueryTicketNode { Prompt = IvrPrompt.Text("t"), Next = "x" },
            new SurveyNode { Prompt = IvrPrompt.Text("s"), MaxScore = 3 },
            new HangupNode { Reason = "r" },
            new GotoNode { Target = "x" },
        ];
        var flow = new IvrFlow { Id = "all", Start = "n0", Nodes = nodes.Select((n, i) => (n, i)).ToDictionary(p => $"n{p.i}", p => p.n) };

        var again = IvrFlowJson.Parse(IvrFlowJson.Serialize(flow));

        foreach (var (id, node) in flow.Nodes)
        {
            var copy = again.Nodes[id];
            Assert.Equal(node.GetType(), copy.GetType());
            Assert.Equal(IvrFlowJson.Serialize(flow with { Nodes = new Dictionary<string, IvrNode> { [id] = node } }),
                IvrFlowJson.Serialize(flow with { Nodes = new Dictionary<string, IvrNode> { [id] = copy } }));
        }
    }

    [Fact]
    public void Hand_written_json_with_type_after_other_fields_and_short_times_parses()
    {
        const string json = """
        {
          // comments are allowed in hand-written flows
          "id": "x", "start": "t",
          "calendars": { "c": { "hours": [ { "days": [ "Monday" ], "open": "08:30", "close": "17:30" } ] } },
          "nodes": {
            "t": { "calendar": "c", "open": "bye", "closed": "bye", "type": "time" },
            "bye": { "type": "hangup" },
          }
        }
        """;

        var flow = IvrFlowJson.Parse(json);

        Assert.IsType<TimeBranchNode>(flow.Nodes["t"]);
        Assert.Equal(new TimeOnly(8, 30), flow.Calendars["c"].Hours[0].Open);
        Assert.Equal("Asia/Shanghai", flow.Calendars["c"].TimeZone);
        Assert.True(IvrFlowValidator.Validate(flow).IsValid);
    }

    [Fact]
    public void Unknown_node_type_is_a_json_error()
    {
        Assert.ThrowsAny<JsonException>(() => IvrFlowJson.Parse("""{ "id": "x", "start": "a", "nodes": { "a": { "type": "teleport" } } }"""));
    }
}
