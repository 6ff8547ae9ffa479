using Hotline.Telephony.Ivr;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Telephony.Tests.Ivr.TestFlows;

namespace Hotline.Telephony.Tests.Ivr;

[Trait("Category", "Unit")]
public sealed class IvrEngineNodeTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    private static Task<IvrOutcome> Run(IvrFlow flow, FakeIvrChannel channel, IvrContext? context = null, ITicketStatusLookup? lookup = null, CancellationToken? ct = null) =>
        new IvrEngine(lookup, Clock).RunAsync(flow, channel, context ?? new IvrContext { CallerNumber = "13800001111" }, ct ?? TestContext.Current.CancellationToken);

    private static CollectNode Menu(params (string Digits, string Next)[] branches) => new()
    {
        Prompt = Say("menu"),
        RetryPrompt = Say("menu again"),
        InvalidPrompt = Say("invalid"),
        Branches = branches.Select(b => new DigitBranch { Digits = b.Digits, Next = b.Next }).ToList(),
    };

    [Fact]
    public async Task Play_says_text_with_variables_then_continues()
    {
        var flow = Flow("hello",
            ("hello", new PlayNode { Prompt = Say("您好 {caller}，{missing}再见"), Next = "file" }),
            ("file", new PlayNode { Prompt = IvrPrompt.FromFile("beep.wav"), Next = "end" }),
            ("end", End));
        var channel = new FakeIvrChannel();

        var outcome = await Run(flow, channel);

        Assert.Equal(IvrOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(["您好 13800001111，再见", "beep.wav"], channel.Said);
        Assert.False(channel.Played[0].Interruptible);
        Assert.Equal("hello>file>end", outcome.PathText);
    }

    [Fact]
    public async Task Collect_takes_the_matching_digit_branch_and_stores_the_variable()
    {
        var menu = Menu(("1", "a"), ("2", "b")) with { Variable = "choice" };
        var flow = Flow("menu", ("menu", menu), ("a", new RouteToQueueNode { Queue = "qa", Priority = 2 }), ("b", new RouteToQueueNode { Queue = "qb" }));
        var channel = new FakeIvrChannel("2");

        var outcome = await Run(flow, channel);

        Assert.Equal(IvrOutcomeKind.Queue, outcome.Kind);
        Assert.Equal("qb", outcome.Queue);
        Assert.Equal("2", outcome.Variables["choice"]);
        Assert.True(channel.Played[0].Interruptible);
        Assert.Equal(new DigitCollectRequest(1, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), null), channel.Collects[0]);
        Assert.Equal("menu[2]>b", outcome.PathText);
    }

    [Fact]
    public async Task Collect_matches_patterns_and_multi_digit_input_with_terminator()
    {
        var collect = new CollectNode
        {
            Prompt = Say("extension"),
            MaxDigits = 6,
            Terminator = "#",
            Variable = "ext",
            Branches = [new DigitBranch { Pattern = @"^8\d{3}$", Next = "agent" }, new DigitBranch { Digits = "9", Next = "end" }],
        };
        var flow = Flow("c", ("c", collect), ("agent", new RouteToQueueNode { Queue = "ext-{ext}" }), ("end", End));

        var outcome = await Run(flow, new FakeIvrChannel("8005#"));

        Assert.Equal(IvrOutcomeKind.Queue, outcome.Kind);
        Assert.Equal("8005", outcome.Variables["ext"]);
    }

    [Fact]
    public async Task Collect_without_branches_accepts_min_digits_and_continues_to_next()
    {
        var collect = new CollectNode { Prompt = Say("number"), MaxDigits = 4, MinDigits = 3, Variable = "n", Next = "end", Default = "end" };
        var flow = Flow("c", ("c", collect), ("end", End));
        var channel = new FakeIvrChannel("12", "123");

        var outcome = await Run(flow, channel);

        Assert.Equal("123", outcome.Variables["n"]);
        Assert.Equal("c[12](invalid)>c[123]>end", outcome.PathText);
    }

    [Fact]
    public async Task Collect_invalid_then_valid_plays_invalid_and_retry_prompts()
    {
        var flow = Flow("menu", ("menu", Menu(("1", "end"))), ("end", End));
        var channel = new FakeIvrChannel("7", "1");

        var outcome = await Run(flow, channel);

        Assert.Equal(IvrOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(["menu", "invalid", "menu again"], channel.Said);
        Assert.Equal("menu[7](invalid)>menu[1]>end", outcome.PathText);
    }

    [Fact]
    public async Task Collect_timeouts_exhaust_retries_then_take_the_timeout_branch()
    {
        var menu = Menu(("1", "end")) with { Retries = 2, OnTimeout = "timeout", Default = "default" };
        var flow = Flow("menu", ("menu", menu), ("end", End), ("timeout", new RouteToQueueNode { Queue = "t" }), ("default", new RouteToQueueNode { Queue = "d" }));
        var channel = new FakeIvrChannel(null, null, null, "1");

        var outcome = await Run(flow, channel);

        Assert.Equal("t", outcome.Queue);
        Assert.Equal(["menu", "menu again", "menu again"], channel.Said);
        Assert.Equal(3, channel.Collects.Count);
        Assert.Equal(1, channel.PendingInputs);
    }

    [Fact]
    public async Task Collect_invalid_input_exhausting_retries_takes_default_and_timeout_falls_back_to_default()
    {
        var menu = Menu(("1", "end")) with { Retries = 1, Default = "default" };
        var flow = Flow("menu", ("menu", menu), ("end", End), ("default", new RouteToQueueNode { Queue = "d" }));

        Assert.Equal("d", (await Run(flow, new FakeIvrChannel("5", "6"))).Queue);
        Assert.Equal("d", (await Run(flow, new FakeIvrChannel(null, null))).Queue);
    }

    [Fact]
    public async Task Collect_with_nowhere_to_go_hangs_up_with_a_reason()
    {
        var flow = Flow("menu", ("menu", Menu(("1", "end")) with { Retries = 0 }), ("end", End));

        var outcome = await Run(flow, new FakeIvrChannel());

        Assert.Equal(IvrOutcomeKind.Completed, outcome.Kind);
        Assert.Equal("no input", outcome.Reason);
        Assert.Equal("menu", outcome.EndNode);
    }

    [Fact]
    public async Task Collect_takes_max_digits_from_type_ahead_and_discards_the_rest()
    {
        var flow = Flow("menu", ("menu", Menu(("1", "second"))), ("second", Menu(("2", "end"), ("3", "end")) with { Variable = "second" }), ("end", End));
        var channel = new FakeIvrChannel("123", "3");

        var outcome = await Run(flow, channel);

        Assert.Equal("23", channel.Discarded.ToString());
        Assert.Equal("3", outcome.Variables["second"]);
    }

    [Fact]
    public async Task Digits_pressed_during_an_earlier_prompt_are_kept_for_the_next_menu()
    {
        var flow = Flow("intro", ("intro", new PlayNode { Prompt = Say("intro"), Next = "menu" }), ("menu", Menu(("1", "a"), ("2", "b"))),
            ("a", new RouteToQueueNode { Queue = "qa" }), ("b", new RouteToQueueNode { Queue = "qb" }));
        var channel = new FakeIvrChannel();
        channel.OnPlay = (p, _) =>
        {
            if (p.Say == "intro")
            {
                channel.Press("2");
            }
            return Task.CompletedTask;
        };

        var outcome = await Run(flow, channel);

        Assert.Equal("qb", outcome.Queue);
    }

    [Fact]
    public async Task Run_cancelled_before_it_starts_is_a_hang_up_with_an_empty_path()
    {
        using var hangup = new CancellationTokenSource();
        await hangup.CancelAsync();

        var outcome = await Run(Flow("end", ("end", End)), new FakeIvrChannel(), ct: hangup.Token);

        Assert.Equal(IvrOutcomeKind.CallerHungUp, outcome.Kind);
        Assert.Empty(outcome.Path);
    }

    [Fact]
    public async Task SetVariable_substitutes_and_goto_jumps()
    {
        var flow = Flow("set",
            ("set", new SetVariableNode { Name = "greeting", Value = "hi {caller}", Next = "jump" }),
            ("jump", new GotoNode { Target = "say" }),
            ("say", new PlayNode { Prompt = Say("{greeting}!"), Next = "end" }),
            ("end", End));
        var channel = new FakeIvrChannel();

        var outcome = await Run(flow, channel, new IvrContext { CallerNumber = "110", Variables = { ["x"] = "y" } });

        Assert.Equal("hi 110", outcome.Variables["greeting"]);
        Assert.Equal("y", outcome.Variables["x"]);
        Assert.Equal(["hi 110!"], channel.Said);
        Assert.Equal("set>jump>say>end", outcome.PathText);
    }

    [Fact]
    public async Task RouteToQueue_returns_queue_priority_and_plays_its_prompt()
    {
        var flow = Flow("q", ("q", new RouteToQueueNode { Queue = "complaints", Priority = 7, Prompt = Say("transferring") }));
        var channel = new FakeIvrChannel();

        var outcome = await Run(flow, channel);

        Assert.Equal((IvrOutcomeKind.Queue, "complaints", 7), (outcome.Kind, outcome.Queue, outcome.Priority));
        Assert.Equal(["transferring"], channel.Said);
        Assert.Equal("test", outcome.FlowId);
    }

    [Fact]
    public async Task Voicemail_records_after_the_tone_with_max_length_and_hash_to_finish()
    {
        var node = new VoicemailNode { Prompt = Say("leave a message"), MaxLengthSeconds = 60, ThanksPrompt = Say("thanks"), OnEmpty = "end" };
        var flow = Flow("vm", ("vm", node), ("end", End));
        var channel = new FakeIvrChannel { Recording = new IvrRecording("/data/vm/1.wav", TimeSpan.FromSeconds(12)) };
        channel.Press("#");

        var outcome = await Run(flow, channel);

        Assert.Equal(IvrOutcomeKind.Voicemail, outcome.Kind);
        Assert.Equal("/data/vm/1.wav", outcome.Recording!.FilePath);
        Assert.Equal(new RecordRequest(TimeSpan.FromSeconds(60), '#', true), channel.Records.Single());
        Assert.Equal("#", channel.Discarded.ToString());
        Assert.Equal(["leave a message", "thanks"], channel.Said);
    }

    [Fact]
    public async Task Voicemail_with_nothing_recorded_goes_to_on_empty()
    {
        var flow = Flow("vm", ("vm", new VoicemailNode { OnEmpty = "end" }), ("end", End));

        var outcome = await Run(flow, new FakeIvrChannel { Recording = null });

        Assert.Equal(IvrOutcomeKind.Completed, outcome.Kind);
        Assert.Equal("vm(empty)>end", outcome.PathText);
    }

    private static IvrFlow CallbackFlow() => Flow("cb",
        ("cb", new CallbackRequestNode
        {
            ConfirmPrompt = Say("press 1 for {caller}, 2 for another"),
            Prompt = Say("enter the number then #"),
            Retries = 1,
            ThanksPrompt = Say("we will call {callbackNumber}"),
            Default = "end",
        }),
        ("end", End));

    [Fact]
    public async Task Callback_confirms_the_callers_number()
    {
        var channel = new FakeIvrChannel("1");

        var outcome = await Run(CallbackFlow(), channel);

        Assert.Equal(IvrOutcomeKind.Callback, outcome.Kind);
        Assert.Equal("13800001111", outcome.CallbackNumber);
        Assert.Equal(["press 1 for 13800001111, 2 for another", "we will call 13800001111"], channel.Said);
    }

    [Fact]
    public async Task Callback_collects_another_number()
    {
        var outcome = await Run(CallbackFlow(), new FakeIvrChannel("2", "02588886666#"));

        Assert.Equal("02588886666", outcome.CallbackNumber);
    }

    [Fact]
    public async Task Callback_without_caller_number_asks_for_one_and_rejects_short_numbers()
    {
        var channel = new FakeIvrChannel("12#", "13912345678#");

        var outcome = await Run(CallbackFlow(), channel, new IvrContext());

        Assert.Equal("13912345678", outcome.CallbackNumber);
        Assert.Equal("enter the number then #", channel.Said.First());
    }

    [Fact]
    public async Task Callback_without_a_valid_number_goes_to_default()
    {
        var outcome = await Run(CallbackFlow(), new FakeIvrChannel("12#", "34#"), new IvrContext());

        Assert.Equal(IvrOutcomeKind.Completed, outcome.Kind);
        Assert.Equal("end", outcome.EndNode);
    }

    private static IvrFlow QueryFlow() => Flow("q",
        ("q", new QueryTicketNode { Prompt = Say("ticket number then #"), Retries = 1, Next = "end" }),
        ("end", End));

    [Fact]
    public async Task QueryTicket_says_the_state_by_tts()
    {
        var lookup = new FakeTicketLookup { Tickets = { ["20261127001"] = new("20261127001", "正在办理", "承办单位：市交通运输局。") } };
        var channel = new FakeIvrChannel("20261127001#");

        var outcome = await Run(QueryFlow(), channel, lookup: lookup);

        Assert.Equal("您查询的工单20261127001，当前办理状态为：正在办理。承办单位：市交通运输局。", channel.Said.Last());
        Assert.Equal(("20261127001", "13800001111"), lookup.Queries.Single());
        Assert.Equal("正在办理", outcome.Variables["ticketStatus"]);
        Assert.Equal("q[20261127001]>q(found)>end", outcome.PathText);
        Assert.Equal(new DigitCollectRequest(20, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), '#'), channel.Collects[0]);
    }

    [Fact]
    public async Task QueryTicket_not_found_failing_or_missing_lookup_says_so_and_continues()
    {
        var notFound = new FakeIvrChannel("9999#");
        Assert.Equal(IvrOutcomeKind.Completed, (await Run(QueryFlow(), notFound, lookup: new FakeTicketLookup())).Kind);
        Assert.Equal("未查询到编号为9999的工单，请核对后再试。", notFound.Said.Last());

        var failing = new FakeIvrChannel("9999#");
        var outcome = await Run(QueryFlow(), failing, lookup: new FakeTicketLookup { Fail = true });
        Assert.Equal("查询服务暂时不可用，请稍后再试。", failing.Said.Last());
        Assert.Contains("q(unavailable)", outcome.PathText, StringComparison.Ordinal);

        var none = new FakeIvrChannel("9999#");
        await Run(QueryFlow(), none);
        Assert.Equal("查询服务暂时不可用，请稍后再试。", none.Said.Last());
    }

    [Fact]
    public async Task QueryTicket_too_short_number_retries()
    {
        var lookup = new FakeTicketLookup();
        var outcome = await Run(QueryFlow(), new FakeIvrChannel("12#", null), lookup: lookup);

        Assert.Empty(lookup.Queries);
        Assert.Equal("q[12](invalid)>q(timeout)>end", outcome.PathText);
    }

    private static IvrFlow SurveyFlow() => Flow("s",
        ("s", new SurveyNode { Prompt = Say("rate 1-5"), InvalidPrompt = Say("1 to 5 please"), Retries = 1, ThanksPrompt = Say("thanks") }));

    [Fact]
    public async Task Survey_stores_the_score()
    {
        var outcome = await Run(SurveyFlow(), new FakeIvrChannel("4"));

        Assert.Equal((IvrOutcomeKind.Survey, (int?)4), (outcome.Kind, outcome.SurveyScore));
        Assert.Equal("4", outcome.Variables["surveyScore"]);
    }

    [Fact]
    public async Task Survey_rejects_out_of_range_keys_and_reports_no_answer()
    {
        Assert.Equal(3, (await Run(SurveyFlow(), new FakeIvrChannel("7", "3"))).SurveyScore);

        var silent = await Run(SurveyFlow(), new FakeIvrChannel());
        Assert.Equal(IvrOutcomeKind.Survey, silent.Kind);
        Assert.Null(silent.SurveyScore);
        Assert.Equal("no input", silent.Reason);
    }

    [Fact]
    public async Task Hangup_plays_goodbye()
    {
        var channel = new FakeIvrChannel();
        var outcome = await Run(Flow("bye", ("bye", new HangupNode { Prompt = Say("再见"), Reason = "done" })), channel);

        Assert.Equal((IvrOutcomeKind.Completed, "done"), (outcome.Kind, outcome.Reason));
        Assert.Equal(["再见"], channel.Said);
    }

    [Fact]
    public async Task Step_guard_stops_a_caller_looping_forever()
    {
        var flow = Flow("menu", ("menu", Menu(("1", "again"))), ("again", new GotoNode { Target = "menu" }));
        var channel = new FakeIvrChannel(Enumerable.Repeat<string?>("1", 100).ToArray());

        var outcome = await new IvrEngine(timeProvider: Clock, maxSteps: 10).RunAsync(flow, channel, new IvrContext(), TestContext.Current.CancellationToken);

        Assert.Equal(IvrOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("step limit 10 reached", outcome.Reason);
    }

    [Fact]
    public async Task Cancellation_during_collect_returns_caller_hung_up_with_the_path()
    {
        using var hangup = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var flow = Flow("menu", ("menu", Menu(("1", "end"))), ("end", End));
        var channel = new FakeIvrChannel([null]);
        channel.OnPlay = (p, _) =>
        {
            if (p.Say == "menu again")
            {
                hangup.Cancel();
            }
            return Task.CompletedTask;
        };

        var outcome = await Run(flow, channel, ct: hangup.Token);

        Assert.Equal(IvrOutcomeKind.CallerHungUp, outcome.Kind);
        Assert.Equal("menu(timeout)", outcome.PathText);
    }

    [Fact]
    public async Task Cancellation_inside_the_ticket_lookup_is_a_hang_up_not_a_failure()
    {
        using var hangup = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var lookup = new CancellingLookup(hangup);

        var outcome = await Run(QueryFlow(), new FakeIvrChannel("1234#"), lookup: lookup, ct: hangup.Token);

        Assert.Equal(IvrOutcomeKind.CallerHungUp, outcome.Kind);
    }

    [Fact]
    public async Task Invalid_flow_is_rejected_before_running()
    {
        var flow = Flow("missing", ("end", End));

        var e = await Assert.ThrowsAsync<ArgumentException>(() => Run(flow, new FakeIvrChannel()));
        Assert.Contains("start node 'missing' does not exist", e.Message, StringComparison.Ordinal);
    }

    private sealed class CancellingLookup(CancellationTokenSource source) : ITicketStatusLookup
    {
        public async Task<TicketStatusInfo?> FindAsync(string ticketNumber, string? callerNumber, CancellationToken cancellationToken)
        {
            await source.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return null;
        }
    }
}
