using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class SipTransactionMatchingTests
{
    [Fact]
    public async Task A_response_matches_by_branch_and_cseq_method_only()
    {
        using var h = new TransactionHarness();
        var responses = new List<int>();
        var transaction = await h.Layer.SendRequestAsync(OutboundRequest("OPTIONS"), Udp, (_, r) => { responses.Add(r.StatusCode); return ValueTask.CompletedTask; }, cancellationToken: Ct);
        var sent = h.Transport.SentRequests[0];

        // Same branch but another CSeq method (§17.1.3): not ours.
        var wrongMethod = ResponseTo(sent, 200);
        wrongMethod.Headers.Set("CSeq", $"{sent.CSeq!.Number} INFO");
        await h.Receive(wrongMethod);
        var otherBranch = ResponseTo(OutboundWithVia("OPTIONS", "z9hG4bKsomeoneelse"), 200);
        await h.Receive(otherBranch);

        Assert.Empty(responses);
        Assert.Equal(2, h.User.StrayResponses.Count);

        await h.Receive(ResponseTo(sent, 200));
        Assert.Equal([200], responses);
        Assert.Equal(SipTransactionState.Completed, transaction.State);
    }

    [Fact]
    public async Task A_request_with_the_same_branch_from_another_sent_by_is_a_new_transaction()
    {
        using var h = new TransactionHarness(new SipTransactionOptions { DetectMergedRequests = false });
        await h.Receive(InboundRequest("OPTIONS", sentBy: "a.example"));
        await h.Receive(InboundRequest("OPTIONS", sentBy: "b.example"));
        await h.Receive(InboundRequest("OPTIONS", sentBy: "A.EXAMPLE"));

        Assert.Equal(2, h.User.Requests.Count);
    }

    [Fact]
    public async Task Method_separates_transactions_sharing_a_branch()
    {
        using var h = new TransactionHarness(new SipTransactionOptions { DetectMergedRequests = false });
        await h.Receive(InboundRequest("OPTIONS"));
        await h.Receive(InboundRequest("INFO", toTag: "x"));

        Assert.Equal(2, h.User.Requests.Count);
    }

    [Fact]
    public async Task Rfc2543_request_without_magic_cookie_matches_its_retransmission()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(180), cancellationToken: Ct);
        await h.Receive(InboundRequest(branch: ""));
        await h.Receive(InboundRequest(branch: ""));
        // A different CSeq is a different request.
        await h.Receive(InboundRequest(branch: "", cseq: 314160));

        Assert.Equal(2, h.User.Requests.Count);
        Assert.Equal([180, 180, 180], h.Transport.SentResponses.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Rfc2543_ack_matches_the_invite_when_its_to_tag_is_that_of_the_response()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(486), cancellationToken: Ct);
        await h.Receive(InboundRequest(branch: "1"));
        var transaction = h.User.Requests[0];

        await h.Receive(InboundRequest("ACK", branch: "1", toTag: "not-ours"));
        Assert.Equal(SipTransactionState.Completed, transaction.State);
        Assert.Single(h.User.Acks);

        await h.Receive(InboundRequest("ACK", branch: "1", toTag: transaction.LocalTag));
        Assert.Equal(SipTransactionState.Confirmed, transaction.State);
        Assert.Single(h.User.Acks);
    }

    [Fact]
    public async Task Ack_matches_the_invite_transaction_by_branch()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(603), cancellationToken: Ct);
        await h.Receive(InboundRequest(branch: "z9hG4bKinv1"));

        await h.Receive(InboundRequest("ACK", branch: "z9hG4bKinv1", toTag: "whatever"));

        Assert.Equal(SipTransactionState.Confirmed, h.User.Requests[0].State);
        Assert.Empty(h.User.Acks);
    }

    [Fact]
    public async Task Ack_without_a_transaction_goes_to_the_TU()
    {
        using var h = new TransactionHarness();

        await h.Receive(InboundRequest("ACK", branch: "z9hG4bKnew", toTag: "dlg"));

        Assert.Single(h.User.Acks);
        Assert.Empty(h.Transport.Sent);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Merged_request_arriving_by_another_path_gets_482()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest(branch: "z9hG4bKpath1"));
        await h.Receive(InboundRequest(branch: "z9hG4bKpath2"));

        Assert.Single(h.User.Requests);
        Assert.Equal(482, Assert.Single(h.Transport.SentResponses).StatusCode);
    }

    private static Hotline.Telephony.Sip.Messages.SipRequest OutboundWithVia(string method, string branch)
    {
        var request = OutboundRequest(method);
        request.AddTopVia(new Hotline.Telephony.Sip.Messages.ViaHeader("UDP", "192.0.2.10", 5060, branch));
        return request;
    }
}
