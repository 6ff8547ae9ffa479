using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>The Replaces header (RFC 3891): the dialog to replace, by Call-ID and tags.</summary>
public sealed class ReplacesHeader
{
    /// <summary>Creates a Replaces value.</summary>
    public ReplacesHeader(string callId, string toTag, string fromTag, bool earlyOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        CallId = callId;
        Parameters.Add("to-tag", toTag);
        Parameters.Add("from-tag", fromTag);
        if (earlyOnly)
        {
            Parameters.Add("early-only", null);
        }
    }

    internal ReplacesHeader(string callId)
    {
        CallId = callId;
    }

    /// <summary>The Call-ID of the dialog to replace.</summary>
    public string CallId { get; }

    /// <summary>All parameters.</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The to-tag parameter.</summary>
    public string? ToTag => Parameters["to-tag"];

    /// <summary>The from-tag parameter.</summary>
    public string? FromTag => Parameters["from-tag"];

    /// <summary>Whether early-only is present.</summary>
    public bool EarlyOnly => Parameters.Contains("early-only");

    /// <summary>Parses a Replaces value (unescape it first when it came from a URI header).</summary>
    /// <exception cref="SipFormatException">The value is malformed or lacks a tag.</exception>
    public static ReplacesHeader Parse(string value) => HeaderParsers.ParseReplaces(value, SipHeaderNames.Replaces);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(CallId);
        Parameters.AppendTo(builder);
        return builder.ToString();
    }
}
