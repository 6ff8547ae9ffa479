namespace Hotline.Telephony.Sip.Registrar;

/// <summary>What happened to a binding.</summary>
public enum LocationBindingChange
{
    /// <summary>A new contact was registered.</summary>
    Added,

    /// <summary>An existing contact re-registered (new expiry, source or Call-ID).</summary>
    Refreshed,

    /// <summary>The contact unregistered (expires=0 or Contact: *).</summary>
    Removed,

    /// <summary>The contact was not refreshed in time.</summary>
    Expired,
}
