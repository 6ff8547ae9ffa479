namespace Hotline.Telephony.Calls;

/// <summary>A call-control command that cannot be carried out (unknown call, wrong state, missing target); names which.</summary>
public sealed class CallControlException : Exception
{
    public CallControlException() { }

    public CallControlException(string message) : base(message) { }

    public CallControlException(string message, Exception innerException) : base(message, innerException) { }
}
