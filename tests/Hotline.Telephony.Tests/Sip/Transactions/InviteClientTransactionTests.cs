using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class InviteClientTransactionTests
{
    [Fact]
    public async Task Udp_retransmits_with_doubling_intervals_and_times_out_with_408_at_64_T1()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, cancellationToken: Ct);
        Assert.Single(h.Transport.SentRequests);

        var times = h.SendTimesOver(32.5, "INVITE");

        // Timer A: 0.5, 1, 2, 4, 8, 16 s apart (no T2 cap for INVITE), then Timer B at 32 s.
        Assert.Equal([0.5, 1.5, 3.5, 7.5, 15.5, 31.5], times);
        Assert.True(transaction.Completion.IsCompleted);
        var result = await transaction.Completion;
        Assert.Equal(SipClientOutcome.Timeout, result.Outcome);
        Assert.Equal(408, result.Response.StatusCode);
        Assert.Null(result.Response.To!.Tag);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Tcp_does_not_retransmit_but_still_times_out()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Tcp, cancellationToken: Ct);

        h.Advance(31.9);
        Assert.Single(h.Transport.SentRequests);
        Assert.False(transaction.Completion.IsCompleted);
        h.Advance(0.1);
        Assert.Equal(SipClientOutcome.Timeout, (await transaction.Completion).Outcome);
        Assert.Equal("TCP", h.Transport.SentRequests[0].TopVia!.Transport);
    }

    [Fact]
    public async Task Adds_a_via_with_a_new_rfc3261_branch_and_rport()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, cancellationToken: Ct);

        var via = h.Transport.SentRequests[0].TopVia!;
        Assert.True(via.HasRfc3261Branch);
        Assert.Equal("192.0.2.10", via.Host);
        Assert.Equal(5060, via.Port);
        Assert.True(via.HasRport);
        Assert.Equal(via.Branch, transaction.Branch);
        Assert.Equal(Udp, h.Transport.Sent[0].Remote);
    }

    [Fact]
    public async Task Provisional_response_stops_retransmissions_and_timer_B()
    {
        using var h = new TransactionHarness();
        var responses = new List<int>();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, (_, r) => { responses.Add(r.StatusCode); return ValueTask.CompletedTask; }, cancellationToken: Ct);

        await h.Receive(ResponseTo(transaction.Request, 180));
        h.Advance(120);

        Assert.Single(h.Transport.SentRequests);
        Assert.Equal([180], responses);
        Assert.Equal(SipTransactionState.Proceeding, transaction.State);
        Assert.False(transaction.Completion.IsCompleted);
    }

    [Fact]
    public async Task Non_2xx_final_is_acknowledged_by_the_transaction_and_retransmissions_are_absorbed()
    {
        using var h = new TransactionHarness();
        var responses = new List<int>();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, (_, r) => { responses.Add(r.StatusCode); return ValueTask.CompletedTask; }, cancellationToken: Ct);
        var invite = h.Transport.SentRequests[0];

        await h.Receive(ResponseTo(invite, 180));
        var busy = ResponseTo(invite, 486, toTag: "busy7");
        await h.Receive(busy);

        Assert.Equal(SipTransactionState.Completed, transaction.State);
        var ack = h.Transport.SentRequests[^1];
        Assert.True(ack.Is(SipMethods.Ack));
        // §17.1.1.3: same Request-URI, Call-ID, From, CSeq number and top Via; To from the response; Route kept.
        Assert.Equal(invite.RequestUri.ToString(), ack.RequestUri.ToString());
        Assert.Equal(invite.TopVia!.ToString(), ack.TopVia!.ToString());
        Assert.Single(ack.Vias);
        Assert.Equal(invite.CallId, ack.CallId);
        Assert.Equal(new CSeqHeader(invite.CSeq!.Number, "ACK"), ack.CSeq);
        Assert.Equal("busy7", ack.To!.Tag);
        Assert.Equal(invite.Headers.GetFirst("From"), ack.Headers.GetFirst("From"));
        Assert.Equal(invite.Headers.GetAll("Route"), ack.Headers.GetAll("Route"));
        var result = await transaction.Completion;
        Assert.Equal((486, SipClientOutcome.Response), (result.Response.StatusCode, result.Outcome));

        await h.Receive(ResponseTo(invite, 486, toTag: "busy7"));
        Assert.Equal(2, h.Transport.SentRequests.Count(r => r.Is(SipMethods.Ack)));
        Assert.Equal([180, 486], responses);

        h.Advance(31.9);
        Assert.Equal(1, h.Layer.Count);
        h.Advance(0.1);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Non_2xx_final_over_tcp_terminates_at_once()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Tcp, cancellationToken: Ct);

        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 603), Tcp);

        Assert.True(h.Transport.SentRequests[^1].Is(SipMethods.Ack));
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Success_enters_accepted_passes_every_2xx_up_and_ends_with_timer_M()
    {
        using var h = new TransactionHarness();
        var responses = new List<int>();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, (_, r) => { responses.Add(r.StatusCode); return ValueTask.CompletedTask; }, cancellationToken: Ct);
        var invite = h.Transport.SentRequests[0];

        await h.Receive(ResponseTo(invite, 200));
        Assert.Equal(SipTransactionState.Accepted, transaction.State);
        Assert.Equal(200, (await transaction.Completion).Response.StatusCode);

        // Retransmitted and forked 2xx go to the TU, which ACKs them; the transaction sends no ACK itself.
        await h.Receive(ResponseTo(invite, 200));
        await h.Receive(ResponseTo(invite, 200, toTag: "fork2"));
        await h.Receive(ResponseTo(invite, 180));
        Assert.Equal([200, 200, 200], responses);
        Assert.DoesNotContain(h.Transport.SentRequests, r => r.Is(SipMethods.Ack));

        h.Advance(31.9);
        Assert.Equal(SipTransactionState.Accepted, transaction.State);
        h.Advance(0.1);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);

        // After Timer M a late 2xx is stray: the TU still gets it (and can ACK it).
        await h.Receive(ResponseTo(invite, 200));
        Assert.Single(h.User.StrayResponses);
    }

    [Fact]
    public async Task Transport_error_ends_the_transaction_with_503()
    {
        using var h = new TransactionHarness();
        h.Transport.Fail = true;
        var responses = new List<int>();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, (_, r) => { responses.Add(r.StatusCode); return ValueTask.CompletedTask; }, cancellationToken: Ct);

        var result = await transaction.Completion;
        Assert.Equal((503, SipClientOutcome.TransportError), (result.Response.StatusCode, result.Outcome));
        Assert.Equal([503], responses);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Cancel_waits_for_a_provisional_response_then_reuses_the_invite_branch()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, cancellationToken: Ct);
        var invite = h.Transport.SentRequests[0];

        var cancelling = transaction.CancelAsync();
        Assert.False(cancelling.IsCompleted);
        Assert.DoesNotContain(h.Transport.SentRequests, r => r.Is(SipMethods.Cancel));

        await h.Receive(ResponseTo(invite, 180));
        var cancelTransaction = await cancelling;

        Assert.NotNull(cancelTransaction);
        var cancel = h.Transport.SentRequests.Single(r => r.Is(SipMethods.Cancel));
        // §9.1: same Request-URI, Call-ID, From, To, CSeq number and the single top Via of the INVITE.
        Assert.Equal(invite.TopVia!.ToString(), cancel.TopVia!.ToString());
        Assert.Single(cancel.Vias);
        Assert.Equal(new CSeqHeader(invite.CSeq!.Number, "CANCEL"), cancel.CSeq);
        Assert.Equal(invite.Headers.GetFirst("To"), cancel.Headers.GetFirst("To"));

        // The 200 to CANCEL and the 487 to INVITE reach their own transactions although they share a branch.
        await h.Receive(ResponseTo(cancel, 200));
        await h.Receive(ResponseTo(invite, 487));
        Assert.Equal(200, (await cancelTransaction.Completion).Response.StatusCode);
        Assert.Equal(487, (await transaction.Completion).Response.StatusCode);
    }

    [Fact]
    public async Task Cancel_is_not_sent_when_a_final_response_comes_first()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, cancellationToken: Ct);

        var cancelling = transaction.CancelAsync();
        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 200));

        Assert.Null(await cancelling);
        Assert.DoesNotContain(h.Transport.SentRequests, r => r.Is(SipMethods.Cancel));
    }
}
