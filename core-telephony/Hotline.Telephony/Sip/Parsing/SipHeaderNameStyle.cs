namespace Hotline.Telephony.Sip.Parsing;

/// <summary>How the serializer writes header names.</summary>
public enum SipHeaderNameStyle
{
    /// <summary>As received or added.</summary>
    Original,

    /// <summary>The canonical full name (compact forms expanded, case normalized) for known headers.</summary>
    Canonical,

    /// <summary>The compact form where one exists (RFC 3261 §7.3.3), to keep UDP datagrams small.</summary>
    Compact,
}
