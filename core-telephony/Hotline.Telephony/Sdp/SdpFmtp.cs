namespace Hotline.Telephony.Sdp;

/// <summary>The value of an a=fmtp attribute (RFC 8866 §6.15): a format and its format-specific parameters, kept raw.</summary>
public sealed record SdpFmtp(string Format, string Parameters)
{
    /// <summary>The attribute name.</summary>
    public const string AttributeName = "fmtp";

    /// <summary>Parses "101 0-16"; a format with no parameters yields empty parameters; false when there is no format.</summary>
    public static bool TryParse(string? value, out SdpFmtp? fmtp)
    {
        fmtp = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        fmtp = space < 0
            ? new SdpFmtp(trimmed, string.Empty)
            : new SdpFmtp(trimmed[..space], trimmed[(space + 1)..].Trim());
        return true;
    }

    /// <summary>The attribute form of these parameters.</summary>
    public SdpAttributeLine ToAttribute() => new(AttributeName, ToString());

    /// <inheritdoc />
    public override string ToString() => Parameters.Length == 0 ? Format : $"{Format} {Parameters}";
}
