using System.Diagnostics.CodeAnalysis;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Registrar;

/// <summary>
/// The canonical form of an address-of-record (RFC 3261 §10.3 step 5): the unescaped user and the lower-case host,
/// with all parameters, port and scheme dropped, so sip:Alice@Example.COM;transport=tcp and sips:Alice@example.com are one AOR.
/// </summary>
public readonly record struct AddressOfRecord
{
    /// <summary>Creates an AOR; the domain is lower-cased, the user kept as given (user parts are case-sensitive, §19.1.4).</summary>
    public AddressOfRecord(string user, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentException.ThrowIfNullOrEmpty(domain);
        User = user;
        Domain = domain.ToLowerInvariant();
    }

    /// <summary>The user part, unescaped.</summary>
    public string User { get; }

    /// <summary>The host, lower-case.</summary>
    public string Domain { get; }

    /// <summary>Canonicalizes a sip/sips URI; false when it is another scheme or has no user part.</summary>
    public static bool TryFrom(AddressUri uri, [NotNullWhen(true)] out AddressOfRecord? aor)
    {
        ArgumentNullException.ThrowIfNull(uri);
        aor = uri is SipUri { User: { Length: > 0 } user } sip ? new AddressOfRecord(user, sip.Host) : null;
        return aor is not null;
    }

    /// <summary>The AOR as a sip URI (user re-escaped).</summary>
    public SipUri ToUri() => new(Domain, User);

    /// <inheritdoc />
    public override string ToString() => ToUri().ToString();
}
