namespace Hotline.Telephony.Calls;

/// <summary>How an attempt to connect a call to a target ended.</summary>
public enum BridgeOutcome
{
    Answered,
    Busy,
    NoAnswer,
    Unreachable,
    Rejected,
    /// <summary>The caller hung up (or the call was ended) while the target was being called.</summary>
    CallerGone,
}

/// <summary>The result of <see cref="ICallControl.BridgeAsync"/>: the outcome and, for failures, the SIP status and reason.</summary>
public sealed record BridgeResult(BridgeOutcome Outcome, int? SipStatus, string Reason)
{
    public bool IsAnswered => Outcome == BridgeOutcome.Answered;
}
