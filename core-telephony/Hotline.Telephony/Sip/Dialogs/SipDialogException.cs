namespace Hotline.Telephony.Sip.Dialogs;

/// <summary>A request or response does not fit the dialog; carries the SIP status to answer with.</summary>
public sealed class SipDialogException : Exception
{
    public SipDialogException() { }

    public SipDialogException(string message) : base(message) { }

    public SipDialogException(string message, Exception innerException) : base(message, innerException) { }

    public SipDialogException(int statusCode, string message) : base(message) => StatusCode = statusCode;

    /// <summary>The response status the request deserves (e.g. 500 for an out-of-order CSeq).</summary>
    public int StatusCode { get; } = 500;
}
