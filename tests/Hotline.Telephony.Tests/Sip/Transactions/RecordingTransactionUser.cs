using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Transactions;

/// <summary>A TU that records every call and answers requests as a test tells it.</summary>
internal sealed class RecordingTransactionUser : ISipTransactionUser
{
    public List<SipServerTransaction> Requests { get; } = [];

    public List<(SipServerTransaction Cancel, InviteServerTransaction Invite)> Cancels { get; } = [];

    public List<SipInboundMessage> Acks { get; } = [];

    public List<SipInboundMessage> StrayResponses { get; } = [];

    public List<(SipServerTransaction Transaction, SipTransactionFailure Failure)> Failures { get; } = [];

    /// <summary>What to do with a new request; by default nothing (the test answers later).</summary>
    public Func<SipServerTransaction, ValueTask> OnRequest { get; set; } = _ => ValueTask.CompletedTask;

    /// <summary>What to do with a CANCEL; by default 487 to the INVITE and 200 to the CANCEL.</summary>
    public Func<SipServerTransaction, InviteServerTransaction, ValueTask> OnCancel { get; set; } = async (cancel, invite) =>
    {
        await invite.SendResponseAsync(invite.CreateResponse(487));
        await cancel.SendResponseAsync(cancel.CreateResponse(200));
    };

    public async ValueTask OnRequestAsync(SipServerTransaction transaction)
    {
        lock (Requests)
        {
            Requests.Add(transaction);
        }

        await OnRequest(transaction);
    }

    public async ValueTask OnCancelAsync(SipServerTransaction cancel, InviteServerTransaction invite)
    {
        Cancels.Add((cancel, invite));
        await OnCancel(cancel, invite);
    }

    public ValueTask OnAckAsync(SipInboundMessage ack)
    {
        Acks.Add(ack);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnStrayResponseAsync(SipInboundMessage response)
    {
        StrayResponses.Add(response);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        Failures.Add((transaction, failure));
        return ValueTask.CompletedTask;
    }
}
