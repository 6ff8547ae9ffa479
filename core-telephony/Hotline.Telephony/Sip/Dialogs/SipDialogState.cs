namespace Hotline.Telephony.Sip.Dialogs;

/// <summary>The states of RFC 3261 §12: early (after a 1xx with a To tag), confirmed (after a 2xx), terminated.</summary>
public enum SipDialogState
{
    Early,
    Confirmed,
    Terminated,
}
