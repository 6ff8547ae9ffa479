using System.Diagnostics.CodeAnalysis;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>An absolute URI in a SIP message: <see cref="SipUri"/>, <see cref="TelUri"/> or <see cref="OpaqueUri"/>.</summary>
public abstract class AddressUri
{
    /// <summary>The scheme as written, without the colon.</summary>
    public abstract string Scheme { get; }

    /// <summary>Whether this is a sip: or sips: URI.</summary>
    public bool IsSip => this is SipUri;

    /// <summary>Parses any absolute URI; sip, sips and tel get their typed form, other schemes stay opaque.</summary>
    /// <exception cref="SipFormatException">The text is not a valid URI.</exception>
    public static AddressUri Parse(string text) => AddressUriParser.Parse(text, null);

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out AddressUri? uri)
    {
        try
        {
            uri = AddressUriParser.Parse(text, null);
            return true;
        }
        catch (SipFormatException)
        {
            uri = null;
            return false;
        }
    }
}
