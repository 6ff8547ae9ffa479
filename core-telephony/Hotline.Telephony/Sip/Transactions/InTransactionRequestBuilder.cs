using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>Builds the requests that belong to an INVITE's transaction: the ACK for a non-2xx answer and the CANCEL.</summary>
internal static class InTransactionRequestBuilder
{
    /// <summary>
    /// RFC 3261 §17.1.1.3: same Request-URI, Call-ID, From, CSeq number and top Via (so it matches the server transaction),
    /// To from the response (its tag), and the original Route set.
    /// </summary>
    public static SipRequest BuildAck(SipRequest invite, SipResponse response)
    {
        var ack = new SipRequest(SipMethods.Ack, invite.RequestUri);
        CopyTopVia(invite, ack);
        ack.Headers.Add(SipHeaderNames.MaxForwards, "70");
        CopyFirst(invite, ack, SipHeaderNames.From);
        ack.Headers.Add(SipHeaderNames.To, response.Headers.GetFirst(SipHeaderNames.To) ?? invite.Headers.GetFirst(SipHeaderNames.To) ?? string.Empty);
        CopyFirst(invite, ack, SipHeaderNames.CallId);
        ack.Headers.Add(SipHeaderNames.CSeq, new CSeqHeader(invite.CSeq!.Number, SipMethods.Ack).ToString());
        CopyAll(invite, ack, SipHeaderNames.Route);
        return ack;
    }

    /// <summary>
    /// RFC 3261 §9.1: same Request-URI, Call-ID, To, From, CSeq number and the single top Via of the INVITE (so the server
    /// finds the INVITE), the INVITE's Route set, and CSeq method CANCEL.
    /// </summary>
    public static SipRequest BuildCancel(SipRequest invite)
    {
        var cancel = new SipRequest(SipMethods.Cancel, invite.RequestUri);
        CopyTopVia(invite, cancel);
        cancel.Headers.Add(SipHeaderNames.MaxForwards, "70");
        CopyFirst(invite, cancel, SipHeaderNames.From);
        CopyFirst(invite, cancel, SipHeaderNames.To);
        CopyFirst(invite, cancel, SipHeaderNames.CallId);
        cancel.Headers.Add(SipHeaderNames.CSeq, new CSeqHeader(invite.CSeq!.Number, SipMethods.Cancel).ToString());
        CopyAll(invite, cancel, SipHeaderNames.Route);
        return cancel;
    }

    private static void CopyTopVia(SipRequest from, SipRequest to)
    {
        if (from.TopVia is { } via)
        {
            to.AddTopVia(via);
        }
    }

    private static void CopyFirst(SipRequest from, SipRequest to, string name)
    {
        if (from.Headers.GetFirst(name) is { } value)
        {
            to.Headers.Add(name, value);
        }
    }

    private static void CopyAll(SipRequest from, SipRequest to, string name)
    {
        foreach (var value in from.Headers.GetAll(name))
        {
            to.Headers.Add(name, value);
        }
    }
}
