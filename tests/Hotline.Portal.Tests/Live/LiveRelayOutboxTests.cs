using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Live;

namespace Hotline.Portal.Tests.Live;

/// <summary>The relay's batching: keys deduplicated per window in first-seen order, alerts kept in order and bounded, nothing kept while closed.</summary>
[Trait("Category", "Unit")]
public sealed class LiveRelayOutboxTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 2, 0, 0, TimeSpan.Zero);

    private readonly LiveRelayOutbox _outbox = new() { Open = true };

    [Fact]
    public void A_window_carries_each_key_once_in_the_order_first_seen()
    {
        _outbox.Add(new LiveSignal.AgentTouched("8001"));
        _outbox.Add(new LiveSignal.QueueTouched("complaints"));
        _outbox.Add(new LiveSignal.AgentTouched("8001"));
        _outbox.Add(new LiveSignal.CallOffered("call-1", "13800138000", "12328", At));
        _outbox.Add(new LiveSignal.CallIvrDone("call-1", ["1", "2"]));
        _outbox.Add(new LiveSignal.CallRinging("call-1", "complaints", "8002"));
        _outbox.Add(new LiveSignal.AgentTouched("8002"));
        _outbox.Add(new LiveSignal.CallEnded("call-1"));

        var batch = _outbox.Take();

        Assert.NotNull(batch);
        Assert.Equal(
            [new(LiveKeyKind.Agent, "8001"), new(LiveKeyKind.Queue, "complaints"), new(LiveKeyKind.Call, "call-1"), new LiveKey(LiveKeyKind.Agent, "8002")],
            batch.Keys);
        Assert.Empty(batch.Alerts);
    }

    [Fact]
    public void An_agent_and_a_queue_of_the_same_name_are_different_keys()
    {
        _outbox.Add(new LiveSignal.AgentTouched("8001"));
        _outbox.Add(new LiveSignal.QueueTouched("8001"));

        Assert.Equal(2, _outbox.Take()!.Keys.Count);
    }

    [Fact]
    public void Taking_empties_the_window_and_a_key_seen_again_goes_in_the_next()
    {
        _outbox.Add(new LiveSignal.AgentTouched("8001"));
        Assert.Single(_outbox.Take()!.Keys);

        Assert.Null(_outbox.Take());

        _outbox.Add(new LiveSignal.AgentTouched("8001"));
        Assert.Equal([new LiveKey(LiveKeyKind.Agent, "8001")], _outbox.Take()!.Keys);
    }

    [Fact]
    public void Alerts_are_all_kept_in_order_beside_the_keys()
    {
        var urged = Alert("0000001", TicketAlertKind.Urged);
        var escalated = Alert("0000001", TicketAlertKind.Escalated);
        _outbox.Add(urged);
        _outbox.Add(new LiveSignal.QueueTouched("complaints"));
        _outbox.Add(escalated);
        _outbox.Add(urged);

        var batch = _outbox.Take()!;

        Assert.Equal([urged, escalated, urged], batch.Alerts);
        Assert.Equal([new LiveKey(LiveKeyKind.Queue, "complaints")], batch.Keys);
    }

    [Fact]
    public void A_flood_of_alerts_keeps_only_the_newest()
    {
        for (var i = 0; i < LiveRelayOutbox.MaxAlerts + 3; i++)
        {
            _outbox.Add(Alert($"{i:D7}", TicketAlertKind.Urged));
        }

        var alerts = _outbox.Take()!.Alerts;

        Assert.Equal(LiveRelayOutbox.MaxAlerts, alerts.Count);
        Assert.Equal("12328-20261129-0000003", alerts[0].TicketNumber);
        Assert.Equal($"12328-20261129-{LiveRelayOutbox.MaxAlerts + 2:D7}", alerts[^1].TicketNumber);
    }

    [Fact]
    public void A_closed_outbox_keeps_nothing_and_closing_drops_what_was_pending()
    {
        var closed = new LiveRelayOutbox();
        closed.Add(new LiveSignal.AgentTouched("8001"));
        closed.Add(Alert("0000001", TicketAlertKind.Major));
        Assert.Null(closed.Take());

        _outbox.Add(new LiveSignal.AgentTouched("8001"));
        _outbox.Open = false;
        _outbox.Open = true;
        Assert.Null(_outbox.Take());
    }

    [Fact]
    public void Received_keys_become_the_hubs_signals_and_calls_are_re_read()
    {
        Assert.Equal(new LiveSignal.AgentTouched("8001"), new LiveKey(LiveKeyKind.Agent, "8001").ToSignal());
        Assert.Equal(new LiveSignal.QueueTouched("complaints"), new LiveKey(LiveKeyKind.Queue, "complaints").ToSignal());
        Assert.Equal(new LiveSignal.CallRelayed("call-1"), LiveKey.Of(new LiveSignal.CallRinging("call-1", "complaints", "8001")).ToSignal());
    }

    [Fact]
    public void Every_kind_of_live_signal_has_a_relay_key()
    {
        // The grain call filter hands every signal to the outbox; one without a key would fail the grain call it watched.
        var kinds = typeof(LiveSignal).GetNestedTypes(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Where(t => t.IsSubclassOf(typeof(LiveSignal)))
            .ToList();
        Assert.True(kinds.Count >= 8, $"found only {kinds.Count} kinds of live signal");
        foreach (var kind in kinds)
        {
            var signal = (LiveSignal)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(kind);
            _outbox.Add(signal);
        }

        Assert.NotNull(_outbox.Take());
    }

    [Fact]
    public void Signals_from_many_threads_are_each_counted_once()
    {
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                _outbox.Add(new LiveSignal.AgentTouched($"{8000 + (i % 50)}"));
            }
        });

        Assert.Equal(50, _outbox.Take()!.Keys.Count);
        Assert.Null(_outbox.Take());
    }

    private static TicketAlert Alert(string number, TicketAlertKind kind) =>
        new($"12328-20261129-{number}", kind, "已到办理时限的 80%", "system", null, At);
}
