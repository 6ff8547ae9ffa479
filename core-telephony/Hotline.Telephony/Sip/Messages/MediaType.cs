using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A media type with parameters, as in Content-Type and Accept.</summary>
public sealed class MediaType
{
    /// <summary>Creates a media type such as application/sdp.</summary>
    public MediaType(string type, string subtype)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(subtype);
        Type = type;
        Subtype = subtype;
    }

    /// <summary>The top-level type (e.g. application).</summary>
    public string Type { get; }

    /// <summary>The subtype (e.g. sdp).</summary>
    public string Subtype { get; }

    /// <summary>The parameters (e.g. boundary, charset).</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>"type/subtype" without parameters.</summary>
    public string MediaRange => Type + "/" + Subtype;

    /// <summary>Whether this is <paramref name="type"/>/<paramref name="subtype"/>, case-insensitively.</summary>
    public bool Is(string type, string subtype) =>
        string.Equals(Type, type, StringComparison.OrdinalIgnoreCase) && string.Equals(Subtype, subtype, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a media type.</summary>
    /// <exception cref="SipFormatException">The value is malformed.</exception>
    public static MediaType Parse(string value) => HeaderParsers.ParseMediaType(value, SipHeaderNames.ContentType);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(MediaRange);
        Parameters.AppendTo(builder);
        return builder.ToString();
    }
}
