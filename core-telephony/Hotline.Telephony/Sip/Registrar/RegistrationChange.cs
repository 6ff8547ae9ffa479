using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Registrar;

/// <summary>Everything one REGISTER asks of the location service, applied atomically (RFC 3261 §10.3 step 7).</summary>
/// <param name="Aor">The address-of-record.</param>
/// <param name="CallId">The REGISTER's Call-ID.</param>
/// <param name="CSeq">The REGISTER's CSeq number.</param>
/// <param name="Source">Where the REGISTER came from.</param>
/// <param name="UserAgent">Its User-Agent, if any.</param>
/// <param name="Contacts">The contacts to add, refresh or remove; empty with <paramref name="RemoveAll"/> false is a query.</param>
/// <param name="RemoveAll">Whether this is "Contact: *" with Expires: 0.</param>
public sealed record RegistrationChange(
    AddressOfRecord Aor,
    string CallId,
    uint CSeq,
    SipRemote Source,
    string? UserAgent,
    IReadOnlyList<ContactRegistration> Contacts,
    bool RemoveAll = false);
