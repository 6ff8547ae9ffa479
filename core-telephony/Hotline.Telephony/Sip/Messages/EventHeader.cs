using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>The Event header (RFC 6665): an event package with parameters such as id.</summary>
public sealed class EventHeader
{
    /// <summary>Creates an Event value for <paramref name="package"/>.</summary>
    public EventHeader(string package)
    {
        ArgumentException.ThrowIfNullOrEmpty(package);
        Package = package;
    }

    /// <summary>The event type (e.g. refer, presence, message-summary).</summary>
    public string Package { get; }

    /// <summary>The parameters.</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The id parameter.</summary>
    public string? Id => Parameters["id"];

    /// <summary>Parses an Event value.</summary>
    /// <exception cref="SipFormatException">The value is malformed.</exception>
    public static EventHeader Parse(string value) => HeaderParsers.ParseEvent(value, SipHeaderNames.Event);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(Package);
        Parameters.AppendTo(builder);
        return builder.ToString();
    }
}
