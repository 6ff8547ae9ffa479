namespace Hotline.Telephony.Sip.Registrar;

/// <summary>Whether the location service applied a <see cref="RegistrationChange"/>.</summary>
public enum RegistrationStatus
{
    /// <summary>All updates were committed.</summary>
    Applied,

    /// <summary>Nothing was committed: same Call-ID with a CSeq not above a binding's (RFC 3261 §10.3 step 7; the registrar answers 500).</summary>
    OutOfOrder,

    /// <summary>Nothing was committed: the AOR would exceed its binding limit.</summary>
    TooManyBindingsForAor,

    /// <summary>Nothing was committed: the location service is at its total binding limit.</summary>
    Full,
}
