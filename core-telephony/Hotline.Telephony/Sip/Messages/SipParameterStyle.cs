namespace Hotline.Telephony.Sip.Messages;

/// <summary>How parameter values are encoded: quoted strings in headers, %-escapes in URIs.</summary>
public enum SipParameterStyle
{
    /// <summary>Header parameters: values may be quoted strings.</summary>
    Header,

    /// <summary>URI parameters and URI headers: names and values may be %-escaped.</summary>
    Uri,
}
