namespace Hotline.Telephony.Sip.Messages;

/// <summary>Method names of RFC 3261 and the extensions this stack uses.</summary>
public static class SipMethods
{
    /// <summary>ACK.</summary>
    public const string Ack = "ACK";
    /// <summary>BYE.</summary>
    public const string Bye = "BYE";
    /// <summary>CANCEL.</summary>
    public const string Cancel = "CANCEL";
    /// <summary>INFO (RFC 6086).</summary>
    public const string Info = "INFO";
    /// <summary>INVITE.</summary>
    public const string Invite = "INVITE";
    /// <summary>MESSAGE (RFC 3428).</summary>
    public const string Message = "MESSAGE";
    /// <summary>NOTIFY (RFC 6665).</summary>
    public const string Notify = "NOTIFY";
    /// <summary>OPTIONS.</summary>
    public const string Options = "OPTIONS";
    /// <summary>PRACK (RFC 3262).</summary>
    public const string Prack = "PRACK";
    /// <summary>PUBLISH (RFC 3903).</summary>
    public const string Publish = "PUBLISH";
    /// <summary>REFER (RFC 3515).</summary>
    public const string Refer = "REFER";
    /// <summary>REGISTER.</summary>
    public const string Register = "REGISTER";
    /// <summary>SUBSCRIBE (RFC 6665).</summary>
    public const string Subscribe = "SUBSCRIBE";
    /// <summary>UPDATE (RFC 3311).</summary>
    public const string Update = "UPDATE";
}
