using Hotline.Telephony.Ivr;
using static Hotline.Telephony.Tests.Ivr.TestFlows;

namespace Hotline.Telephony.Tests.Ivr;

[Trait("Category", "Unit")]
public sealed class IvrFlowValidatorTests
{
    private static IvrValidationIssue Single(IvrFlow flow, IvrIssueSeverity severity = IvrIssueSeverity.Error) =>
        Assert.Single(IvrFlowValidator.Validate(flow).Issues, i => i.Severity == severity);

    [Fact]
    public void Unknown_start_node_is_an_error()
    {
        var issue = Single(Flow("nope", ("end", End)));

        Assert.Equal((null, "start"), (issue.NodeId, issue.Field));
        Assert.Equal("ERROR flow start: start node 'nope' does not exist", issue.ToString());
    }

    [Fact]
    public void Branch_to_missing_node_names_node_and_field()
    {
        var menu = new CollectNode { Prompt = Say("m"), Branches = [new DigitBranch { Digits = "1", Next = "end" }, new DigitBranch { Digits = "2", Next = "ghost" }] };
        var result = IvrFlowValidator.Validate(Flow("menu", ("menu", menu), ("end", End)));

        var issue = Assert.Single(result.Errors);
        Assert.Equal(("menu", "branches[1].next"), (issue.NodeId, issue.Field));
        Assert.Contains("'ghost'", issue.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Missing_and_ambiguous_prompts_are_errors()
    {
        var result = IvrFlowValidator.Validate(Flow("play",
            ("play", new PlayNode { Next = "menu" }),
            ("menu", new CollectNode { Prompt = new IvrPrompt { File = "a.wav", Say = "a" }, Next = "end" }),
            ("end", End)));

        Assert.Equal([("play", "prompt"), ("menu", "prompt")], result.Errors.Select(e => (e.NodeId, e.Field)));
    }

    [Fact]
    public void Unreachable_nodes_are_warnings()
    {
        var result = IvrFlowValidator.Validate(Flow("end", ("end", End), ("orphan", new HangupNode())));

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("orphan", warning.NodeId);
    }

    [Fact]
    public void Cycle_without_a_collect_node_is_an_error()
    {
        var flow = Flow("a",
            ("a", new PlayNode { Prompt = Say("a"), Next = "b" }),
            ("b", new SetVariableNode { Name = "x", Next = "c" }),
            ("c", new GotoNode { Target = "a" }));

        var issue = Single(flow);

        Assert.Contains("a -> b -> c -> a", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_through_a_collect_node_is_allowed()
    {
        var flow = Flow("menu",
            ("menu", new CollectNode { Prompt = Say("m"), Branches = [new DigitBranch { Digits = "1", Next = "again" }], Default = "end" }),
            ("again", new GotoNode { Target = "menu" }),
            ("end", End));

        Assert.Empty(IvrFlowValidator.Validate(flow).Issues);
    }

    [Fact]
    public void Collect_field_errors()
    {
        var menu = new CollectNode
        {
            Prompt = Say("m"),
            MaxDigits = 1,
            Retries = -1,
            Terminator = "x",
            Branches =
            [
                new DigitBranch { Digits = "12", Next = "end" },
                new DigitBranch { Pattern = "([", Next = "end" },
                new DigitBranch { Digits = "1", Pattern = "1", Next = "end" },
            ],
        };

        var fields = IvrFlowValidator.Validate(Flow("menu", ("menu", menu), ("end", End))).Errors.Select(e => e.Field).ToList();

        Assert.Equal(["retries", "terminator", "branches[0].digits", "branches[1].pattern", "branches[2]"], fields);
    }

    [Fact]
    public void Collect_without_branches_or_next_is_an_error()
    {
        Assert.Equal("next", Single(Flow("c", ("c", new CollectNode { Prompt = Say("m") }))).Field);
    }

    [Fact]
    public void Time_branch_needs_a_defined_calendar_with_a_known_time_zone()
    {
        var time = new TimeBranchNode { Calendar = "office", Open = "end", Closed = "end" };
        Assert.Equal(("t", "calendar"), ((string?, string))(Single(Flow("t", ("t", time), ("end", End))) is var i ? (i.NodeId, i.Field) : default));

        var flow = Flow("t", ("t", time), ("end", End)) with
        {
            Calendars = new Dictionary<string, BusinessCalendar> { ["office"] = new() { TimeZone = "Mars/Olympus" } },
        };
        Assert.Equal("calendars.office.timeZone", Single(flow).Field);
    }

    [Fact]
    public void Required_fields_of_other_nodes()
    {
        var result = IvrFlowValidator.Validate(Flow("q",
            ("q", new RouteToQueueNode()),
            ("s", new SetVariableNode { Next = "q" }),
            ("g", new GotoNode()),
            ("v", new SurveyNode { Prompt = Say("rate"), MaxScore = 10 }),
            ("t", new QueryTicketNode { Prompt = Say("number") })));

        Assert.Equal(
            [("q", "queue"), ("s", "name"), ("g", "target"), ("v", "maxScore"), ("t", "next")],
            result.Errors.Select(e => (e.NodeId, e.Field)));
    }
}
