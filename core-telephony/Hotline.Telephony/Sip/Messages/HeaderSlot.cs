namespace Hotline.Telephony.Sip.Messages;

/// <summary>The typed header views a message caches after parsing them once.</summary>
internal enum HeaderSlot
{
    Vias,
    From,
    To,
    CallId,
    CSeq,
    MaxForwards,
    ContentLength,
    ContentType,
    Expires,
    Contacts,
    Routes,
    RecordRoutes,
    PAssertedIdentities,
    ReferTo,
    Replaces,
    Event,
    Count,
}
