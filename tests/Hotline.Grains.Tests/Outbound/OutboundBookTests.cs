using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Calls;

namespace Hotline.Grains.Tests.Outbound;

/// <summary>The attempt rules shared by call-backs and campaigns, with the time given explicitly.</summary>
[Trait("Category", "Unit")]
public sealed class OutboundBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly RetryRule Rule = new() { MaxAttempts = 2, Interval = TimeSpan.FromMinutes(10), RetryOn = [OutboundResult.NoAnswer, OutboundResult.Busy] };

    private static OutboundBook BookWith(params (string Id, DateTimeOffset Due)[] items) =>
        new([.. items.Select(i => new OutboundItem { Id = i.Id, Number = "1390000" + i.Id, DueAt = i.Due })]);

    private static OutboundItem Call(OutboundBook book, string id, string agent, DateTimeOffset at)
    {
        book.Offer(id, agent, $"call-{id}-{book.Items.Single(i => i.Id == id).Attempts.Count}", at);
        return book.Dialing(id, at);
    }

    [Fact]
    public void Only_pending_items_past_their_due_time_are_due_earliest_first()
    {
        var book = BookWith(("late", T0.AddMinutes(5)), ("b", T0.AddMinutes(-1)), ("a", T0.AddMinutes(-2)));

        Assert.Equal(["a", "b"], book.Due(T0).Select(i => i.Id));
        book.Offer("a", "8001", "x", T0);
        Assert.Equal(["b"], book.Due(T0).Select(i => i.Id));
        Assert.Equal(T0.AddMinutes(-1), book.NextDue);
    }

    [Fact]
    public void A_retried_result_is_due_again_after_the_interval_until_the_attempts_run_out()
    {
        var book = BookWith(("1", T0));
        var first = Call(book, "1", "8001", T0);

        var afterBusy = book.Ended(first.CallId!, OutboundResult.Busy, "Busy (486)", T0.AddMinutes(1), Rule)!;
        Assert.Equal(OutboundItemStatus.Pending, afterBusy.Status);
        Assert.Equal(T0.AddMinutes(11), afterBusy.DueAt);
        Assert.Empty(book.Due(T0.AddMinutes(10)));

        var second = Call(book, "1", "8002", T0.AddMinutes(11));
        var last = book.Ended(second.CallId!, OutboundResult.NoAnswer, "NoAnswer", T0.AddMinutes(12), Rule)!;

        Assert.Equal(OutboundItemStatus.Exhausted, last.Status);
        Assert.Equal([OutboundResult.Busy, OutboundResult.NoAnswer], last.Attempts.Select(a => a.Result));
        Assert.Equal(["8001", "8002"], last.Attempts.Select(a => a.Agent));
        Assert.False(book.HasWork);
    }

    [Fact]
    public void A_result_the_rule_does_not_retry_ends_the_item_and_answered_is_done()
    {
        var book = BookWith(("failed", T0), ("answered", T0));
        var failed = Call(book, "failed", "8001", T0);
        var answered = Call(book, "answered", "8002", T0);

        Assert.Equal(OutboundItemStatus.Exhausted, book.Ended(failed.CallId!, OutboundResult.Failed, "Unreachable", T0, Rule)!.Status);
        var done = book.Ended(answered.CallId!, OutboundResult.Answered, "Answered", T0.AddMinutes(3), Rule)!;
        Assert.Equal(OutboundItemStatus.Done, done.Status);
        Assert.Equal(T0.AddMinutes(3), done.Attempts[0].EndedAt);
    }

    [Fact]
    public void A_missed_agent_phone_does_not_use_up_an_attempt_and_the_item_is_due_at_once()
    {
        var book = BookWith(("1", T0));
        var call = Call(book, "1", "8001", T0);

        var item = book.Ended(call.CallId!, OutboundResult.AgentMissed, "agent did not answer", T0.AddMinutes(1), Rule)!;

        Assert.Equal(OutboundItemStatus.Pending, item.Status);
        Assert.Equal(T0.AddMinutes(1), item.DueAt);
        Assert.Equal(0, item.CountedAttempts);
    }

    [Fact]
    public void Offers_lapse_after_the_timeout_and_a_withdrawn_offer_is_due_again()
    {
        var book = BookWith(("1", T0));
        book.Offer("1", "8001", "c1", T0);

        Assert.Empty(book.ExpiredOffers(T0.AddSeconds(59), TimeSpan.FromMinutes(1)));
        var expired = Assert.Single(book.ExpiredOffers(T0.AddMinutes(1), TimeSpan.FromMinutes(1)));
        Assert.Equal("8001", expired.Agent);
        book.Withdraw("1");
        Assert.Equal(["1"], book.Due(T0.AddMinutes(1)).Select(i => i.Id));
        Assert.Null(book.OfferedTo("8001"));
    }

    [Fact]
    public void A_result_for_an_unknown_or_already_recorded_call_changes_nothing()
    {
        var book = BookWith(("1", T0));
        var call = Call(book, "1", "8001", T0);
        book.Ended(call.CallId!, OutboundResult.Answered, "Answered", T0, Rule);

        Assert.Null(book.Ended(call.CallId!, OutboundResult.Busy, "again", T0, Rule));
        Assert.Null(book.Ended("someone-else", OutboundResult.Busy, "?", T0, Rule));
        Assert.Equal(OutboundItemStatus.Done, book.Items[0].Status);
    }

    [Fact]
    public void Cancel_withdraws_waiting_items_but_not_one_in_a_call()
    {
        var book = BookWith(("waiting", T0), ("calling", T0));
        Call(book, "calling", "8001", T0);

        Assert.True(book.Cancel("waiting"));
        Assert.False(book.Cancel("calling"));
        Assert.Equal(OutboundItemStatus.Cancelled, book.Items[0].Status);
        var missing = Assert.Throws<KeyNotFoundException>(() => book.Cancel("nope"));
        Assert.Contains("nope", missing.Message, StringComparison.Ordinal);
    }
}
