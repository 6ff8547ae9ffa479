using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class CancelHandlingTests
{
    [Fact]
    public async Task Cancel_for_a_pending_invite_reaches_the_TU_with_both_transactions()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(180), cancellationToken: Ct);
        await h.Receive(InboundRequest());
        var invite = h.User.Requests[0];

        await h.Receive(InboundRequest("CANCEL"));

        var (cancel, cancelled) = Assert.Single(h.User.Cancels);
        Assert.Same(invite, cancelled);
        Assert.Equal("CANCEL", cancel.Request.Method);
        Assert.Equal([180, 487, 200], h.Transport.SentResponses.Select(r => r.StatusCode));
        Assert.Equal("INVITE", h.Transport.SentResponses[1].CSeq!.Method);
        Assert.Equal("CANCEL", h.Transport.SentResponses[2].CSeq!.Method);
        Assert.Equal(SipTransactionState.Completed, invite.State);

        // A retransmitted CANCEL gets its 200 again from the CANCEL's own transaction.
        await h.Receive(InboundRequest("CANCEL"));
        Assert.Single(h.User.Cancels);
        Assert.Equal(2, h.Transport.SentResponses.Count(r => r.CSeq!.Method == "CANCEL"));
    }

    [Fact]
    public async Task Cancel_for_no_transaction_gets_481()
    {
        using var h = new TransactionHarness();

        await h.Receive(InboundRequest("CANCEL", branch: "z9hG4bKunknown"));

        Assert.Equal(481, Assert.Single(h.Transport.SentResponses).StatusCode);
        Assert.Empty(h.User.Cancels);
        Assert.Empty(h.User.Requests);
    }

    [Fact]
    public async Task Cancel_after_the_final_response_is_answered_200_and_changes_nothing()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);
        await h.Receive(InboundRequest());

        await h.Receive(InboundRequest("CANCEL"));

        Assert.Empty(h.User.Cancels);
        Assert.Equal([200, 200], h.Transport.SentResponses.Select(r => r.StatusCode));
        Assert.Equal(SipTransactionState.Accepted, h.User.Requests[0].State);
    }

    [Fact]
    public async Task Cancel_for_an_rfc2543_invite_matches_it()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest(branch: ""));

        await h.Receive(InboundRequest("CANCEL", branch: ""));

        Assert.Single(h.User.Cancels);
    }
}
