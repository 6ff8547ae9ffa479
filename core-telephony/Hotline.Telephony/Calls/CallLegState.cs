namespace Hotline.Telephony.Calls;

/// <summary>Where one call leg stands.</summary>
public enum CallLegState
{
    /// <summary>Inbound: INVITE received, no final answer yet. Outbound: INVITE sent, no answer yet.</summary>
    Calling,

    /// <summary>A provisional answer with a To tag: an early dialog exists.</summary>
    Early,

    /// <summary>Answered: the dialog is confirmed.</summary>
    Answered,

    /// <summary>Finished (BYE, CANCEL, failure).</summary>
    Ended,
}
