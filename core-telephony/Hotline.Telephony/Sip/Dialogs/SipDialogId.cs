namespace Hotline.Telephony.Sip.Dialogs;

/// <summary>A dialog's identity (RFC 3261 §12): Call-ID plus the local and remote tags, as seen from this side.</summary>
public readonly record struct SipDialogId(string CallId, string LocalTag, string RemoteTag)
{
    /// <inheritdoc />
    public override string ToString() => $"{CallId};local={LocalTag};remote={RemoteTag}";
}
