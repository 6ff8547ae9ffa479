using System.Globalization;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>One Contact value: an address with expires/q parameters, or the '*' wildcard of REGISTER.</summary>
public sealed class ContactHeader
{
    private ContactHeader(NameAddress? address)
    {
        Address = address;
    }

    /// <summary>The wildcard contact '*' (remove all bindings).</summary>
    public static ContactHeader Wildcard { get; } = new(null);

    /// <summary>Whether this is '*'.</summary>
    public bool IsWildcard => Address is null;

    /// <summary>The address; null for the wildcard.</summary>
    public NameAddress? Address { get; }

    /// <summary>The contact URI; null for the wildcard.</summary>
    public AddressUri? Uri => Address?.Uri;

    /// <summary>The expires parameter in seconds, or null when absent.</summary>
    public uint? Expires =>
        Address?.Parameters["expires"] is { } text && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The q parameter (0..1), or null when absent.</summary>
    public double? Q =>
        Address?.Parameters["q"] is { } text && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Wraps an address as a contact.</summary>
    public static ContactHeader From(NameAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new ContactHeader(address);
    }

    /// <summary>Parses a Contact header value, which may be a list or '*'.</summary>
    /// <exception cref="SipFormatException">The value is malformed.</exception>
    public static IReadOnlyList<ContactHeader> ParseList(string value) => HeaderParsers.ParseContacts(value, SipHeaderNames.Contact);

    /// <inheritdoc/>
    public override string ToString() => Address?.ToString() ?? "*";
}
