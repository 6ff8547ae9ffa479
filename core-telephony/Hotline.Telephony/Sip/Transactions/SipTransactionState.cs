namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The states of the four RFC 3261 §17 transaction state machines, with Accepted from RFC 6026.</summary>
public enum SipTransactionState
{
    /// <summary>Client INVITE: request sent, nothing heard yet.</summary>
    Calling,

    /// <summary>Non-INVITE (client and server): request sent or received, no response yet.</summary>
    Trying,

    /// <summary>A provisional response was received (client) or the request awaits a final response (server).</summary>
    Proceeding,

    /// <summary>A non-2xx final response (INVITE) or any final response (non-INVITE) was sent or received; retransmissions are absorbed.</summary>
    Completed,

    /// <summary>Server INVITE: the ACK for a non-2xx final response arrived.</summary>
    Confirmed,

    /// <summary>INVITE with a 2xx final response (RFC 6026): 2xx retransmissions and forks pass through until Timer L or M.</summary>
    Accepted,

    /// <summary>Done; the transaction is no longer in the layer's table.</summary>
    Terminated,
}
