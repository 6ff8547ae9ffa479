using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A name-addr or addr-spec with header parameters: From, To, Contact, Route, Refer-To, P-Asserted-Identity.</summary>
public sealed class NameAddress
{
    /// <summary>Creates an address; it is written with &lt;&gt; unless <paramref name="angleBrackets"/> is false and nothing requires them.</summary>
    public NameAddress(AddressUri uri, string? displayName = null, bool angleBrackets = true)
    {
        ArgumentNullException.ThrowIfNull(uri);
        Uri = uri;
        DisplayName = displayName;
        HasAngleBrackets = angleBrackets;
    }

    /// <summary>The display name, unquoted; null when absent.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The URI.</summary>
    public AddressUri Uri { get; set; }

    /// <summary>Whether the address was written as a name-addr (with &lt;&gt;).</summary>
    public bool HasAngleBrackets { get; }

    /// <summary>The header parameters (tag, expires, q, ...), which are not part of the URI.</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The tag parameter (From/To).</summary>
    public string? Tag
    {
        get => Parameters["tag"];
        set
        {
            if (value is null)
            {
                Parameters.Remove("tag");
            }
            else
            {
                Parameters.Set("tag", value);
            }
        }
    }

    /// <summary>The URI as a <see cref="SipUri"/>, or null for other schemes.</summary>
    public SipUri? SipUri => Uri as SipUri;

    /// <summary>Parses one address (not a list).</summary>
    /// <exception cref="SipFormatException">The value is malformed.</exception>
    public static NameAddress Parse(string value) => NameAddressParser.Parse(value, null);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(64);
        AppendTo(builder);
        return builder.ToString();
    }

    /// <summary>Writes the address in name-addr form unless it was an addr-spec that needs no brackets.</summary>
    public void AppendTo(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var uriText = Uri.ToString();
        var brackets = HasAngleBrackets || DisplayName is not null || uriText.AsSpan().IndexOfAny(",;?") >= 0;
        if (DisplayName is not null)
        {
            builder.Append(SipEscaping.Quote(DisplayName)).Append(' ');
        }

        if (brackets)
        {
            builder.Append('<').Append(uriText).Append('>');
        }
        else
        {
            builder.Append(uriText);
        }

        Parameters.AppendTo(builder);
    }
}
