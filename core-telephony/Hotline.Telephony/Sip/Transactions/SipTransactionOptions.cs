namespace Hotline.Telephony.Sip.Transactions;

/// <summary>Timer base values and limits of the transaction layer (RFC 3261 §17, Table 4 of Appendix A).</summary>
public sealed class SipTransactionOptions
{
    /// <summary>RTT estimate; the base of every retransmission and timeout interval (default 500 ms).</summary>
    public TimeSpan T1 { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest retransmission interval for non-INVITE requests and INVITE responses (default 4 s).</summary>
    public TimeSpan T2 { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Longest time a message stays in the network (default 5 s).</summary>
    public TimeSpan T4 { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timer D over unreliable transports: how long a completed client INVITE absorbs final-response retransmissions (RFC 3261 says at least 32 s).</summary>
    public TimeSpan TimerD { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>How long a server INVITE waits for the TU before sending 100 Trying itself (RFC 3261 §17.2.1: 200 ms); zero disables.</summary>
    public TimeSpan AutomaticTryingDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// A server INVITE transaction the TU leaves unanswered this long is answered 408 by the layer. Not in the RFC:
    /// it bounds memory when a TU forgets a request; set it above any ringing time the TU allows (RFC 3261 Timer C is over 3 minutes).
    /// </summary>
    public TimeSpan ServerInviteTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A server non-INVITE transaction the TU leaves unanswered this long is dropped (the client gave up after 64·T1 anyway).</summary>
    public TimeSpan ServerNonInviteTimeout { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>Most server transactions held at once; beyond it new requests are answered 503 without state, so a flood cannot exhaust memory.</summary>
    public int MaxServerTransactions { get; set; } = 100_000;

    /// <summary>Whether a request that arrives again over another path (same From tag, Call-ID and CSeq, other branch) is answered 482 (RFC 3261 §8.2.2.2).</summary>
    public bool DetectMergedRequests { get; set; } = true;

    /// <summary>Timer B, F, H, J (unreliable), L and M: 64·T1.</summary>
    internal TimeSpan SixtyFourT1 => T1 * 64;

    internal void Validate()
    {
        if (T1 <= TimeSpan.Zero || T2 < T1 || T4 <= TimeSpan.Zero)
        {
            throw new ArgumentException($"SIP timers need T1 > 0, T2 >= T1 and T4 > 0 (T1={T1}, T2={T2}, T4={T4})");
        }

        if (MaxServerTransactions <= 0)
        {
            throw new ArgumentException($"MaxServerTransactions must be positive (was {MaxServerTransactions})");
        }
    }
}
