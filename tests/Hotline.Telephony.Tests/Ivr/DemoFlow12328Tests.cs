using Hotline.Telephony.Ivr;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Ivr;

[Trait("Category", "Unit")]
public sealed class DemoFlow12328Tests
{
    // 10:00 in Beijing on Friday 27 November 2026 (02:00 UTC): open.
    private static readonly DateTimeOffset Open = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    private static async Task<(IvrOutcome Outcome, FakeIvrChannel Channel)> Call(DateTimeOffset at, FakeTicketLookup? lookup, params string?[] inputs)
    {
        var channel = new FakeIvrChannel(inputs) { Recording = new IvrRecording("/data/voicemail/c1.wav", TimeSpan.FromSeconds(20)) };
        var engine = new IvrEngine(lookup, new FakeTimeProvider(at));
        var outcome = await engine.RunAsync(DemoFlows.Load12328(), channel,
            new IvrContext { CallId = "c1", CallerNumber = "13800001111", CalledNumber = "12328" }, TestContext.Current.CancellationToken);
        return (outcome, channel);
    }

    [Fact]
    public void Embedded_flows_load_and_validate_without_errors_or_warnings()
    {
        var flow = DemoFlows.Load12328();
        var survey = DemoFlows.Load12328Survey();

        Assert.Equal(("12328", 1, "hours"), (flow.Id, flow.Version, flow.Start));
        Assert.Empty(IvrFlowValidator.Validate(flow).Issues);
        Assert.Empty(IvrFlowValidator.Validate(survey).Issues);
        var welcome = Assert.IsType<CollectNode>(flow.Nodes["welcome"]);
        Assert.Equal("您好，欢迎致电12328交通运输服务监督热线。投诉举报请按1，信息咨询请按2，意见建议请按3，查询工单办理进度请按4，人工服务请按0。", welcome.Prompt!.Say);
    }

    [Theory]
    [InlineData("1", "complaints", 5, "complaint")]
    [InlineData("2", "enquiries", 5, "enquiry")]
    [InlineData("3", "enquiries", 5, "suggestion")]
    [InlineData("0", "enquiries", 3, "agent")]
    public async Task Menu_digit_routes_to_its_queue(string digit, string queue, int priority, string category)
    {
        var (outcome, channel) = await Call(Open, null, digit);

        Assert.Equal(IvrOutcomeKind.Queue, outcome.Kind);
        Assert.Equal((queue, priority), (outcome.Queue, outcome.Priority));
        Assert.Equal(category, outcome.Variables["category"]);
        Assert.Equal(digit, outcome.Variables["menu"]);
        Assert.Equal("12328", outcome.Variables["called"]);
        Assert.StartsWith($"hours(open)>welcome[{digit}]>", outcome.PathText, StringComparison.Ordinal);
        Assert.StartsWith("您好，欢迎致电12328", channel.Said.First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digit_4_queries_the_ticket_then_returns_to_the_menu()
    {
        var lookup = new FakeTicketLookup { Tickets = { ["2026112700012"] = new("2026112700012", "已办结") } };

        var (outcome, channel) = await Call(Open, lookup, "4", "2026112700012#", "1");

        Assert.Equal("complaints", outcome.Queue);
        Assert.Contains("您查询的工单2026112700012，当前办理状态为：已办结。", channel.Said);
        Assert.Equal(
            "hours(open)>welcome[4]>ticketQuery[2026112700012]>ticketQuery(found)>welcome[1]>complaint>toComplaints",
            outcome.PathText);
        Assert.Equal(new DigitCollectRequest(20, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(5), '#'), channel.Collects[1]);
    }

    [Fact]
    public async Task Invalid_digit_then_valid_digit()
    {
        var (outcome, channel) = await Call(Open, null, "9", "2");

        Assert.Equal("enquiries", outcome.Queue);
        Assert.Contains("您的输入有误，请重新选择。", channel.Said);
        Assert.Contains("welcome[9](invalid)>welcome[2]", outcome.PathText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silence_retries_then_goes_to_an_agent()
    {
        var (outcome, channel) = await Call(Open, null);

        Assert.Equal(("enquiries", 3), (outcome.Queue, outcome.Priority));
        Assert.Equal(3, channel.Collects.Count);
        Assert.Equal("hours(open)>welcome(timeout)>welcome(timeout)>welcome(timeout)>agent>toAgent", outcome.PathText);
    }

    [Fact]
    public async Task Repeated_invalid_digits_go_to_an_agent()
    {
        var (outcome, _) = await Call(Open, null, "7", "8", "9");

        Assert.Equal(("enquiries", 3), (outcome.Queue, outcome.Priority));
    }

    [Fact]
    public async Task Digits_typed_at_once_take_the_first_and_discard_the_rest()
    {
        var (outcome, channel) = await Call(Open, null, "12");

        Assert.Equal("complaints", outcome.Queue);
        Assert.Equal("2", channel.Discarded.ToString());
    }

    [Fact]
    public async Task Ticket_number_typed_ahead_with_the_menu_digit_is_discarded_and_asked_for_again()
    {
        var lookup = new FakeTicketLookup { Tickets = { ["12345"] = new("12345", "正在办理") } };

        var (outcome, channel) = await Call(Open, lookup, "412345#", "12345#", "2");

        Assert.Equal("12345#", channel.Discarded.ToString());
        Assert.Equal("12345", lookup.Queries.Single().Number);
        Assert.Equal("enquiries", outcome.Queue);
    }

    [Fact]
    public async Task Caller_hanging_up_mid_prompt_ends_the_run()
    {
        using var hangup = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var channel = new FakeIvrChannel("1")
        {
            // The prompt is "playing" when the caller hangs up: the play awaits until the token fires.
            OnPlay = async (prompt, ct) =>
            {
                await hangup.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            },
        };

        var outcome = await new IvrEngine(null, new FakeTimeProvider(Open))
            .RunAsync(DemoFlows.Load12328(), channel, new IvrContext(), hangup.Token);

        Assert.Equal(IvrOutcomeKind.CallerHungUp, outcome.Kind);
        Assert.Equal("welcome", outcome.EndNode);
        Assert.Equal("hours(open)>welcome", outcome.PathText);
        Assert.Empty(channel.Collects);
    }

    [Theory]
    [InlineData("2026-11-27T20:00:00+08:00")] // closing time
    [InlineData("2026-11-27T07:59:59+08:00")] // before opening
    [InlineData("2026-11-26T23:30:00+00:00")] // 07:30 next morning in Beijing, although 23:30 UTC
    [InlineData("2026-10-01T10:00:00+08:00")] // National Day holiday
    public async Task Outside_business_hours_takes_a_voicemail(string at)
    {
        var (outcome, channel) = await Call(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), null);

        Assert.Equal(IvrOutcomeKind.Voicemail, outcome.Kind);
        Assert.Equal("/data/voicemail/c1.wav", outcome.Recording!.FilePath);
        Assert.Equal(new RecordRequest(TimeSpan.FromSeconds(120), '#', true), channel.Records.Single());
        Assert.StartsWith("您好，现在是非工作时间", channel.Said.First(), StringComparison.Ordinal);
        Assert.Matches(@"^hours\((closed|holiday)\)>afterHours>voicemail\(recorded\)$", outcome.PathText);
    }

    [Fact]
    public async Task Opening_time_is_open()
    {
        var (outcome, _) = await Call(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(8)), null, "2");

        Assert.Equal("enquiries", outcome.Queue);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("1", 1)]
    public async Task Survey_flow_scores(string key, int score)
    {
        var channel = new FakeIvrChannel(key);

        var outcome = await new IvrEngine().RunAsync(DemoFlows.Load12328Survey(), channel, new IvrContext(), TestContext.Current.CancellationToken);

        Assert.Equal((IvrOutcomeKind.Survey, (int?)score), (outcome.Kind, outcome.SurveyScore));
        Assert.Equal("感谢您的评价，再见。", channel.Said.Last());
    }

    [Fact]
    public async Task Survey_flow_invalid_then_silence_has_no_score()
    {
        var outcome = await new IvrEngine().RunAsync(DemoFlows.Load12328Survey(), new FakeIvrChannel("0", null), new IvrContext(), TestContext.Current.CancellationToken);

        Assert.Equal(IvrOutcomeKind.Survey, outcome.Kind);
        Assert.Null(outcome.SurveyScore);
    }
}
