using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>One m= section (RFC 8866 §5.14) with its i=, c=, b=, k= and a= lines.</summary>
public sealed class MediaDescription
{
    /// <summary>Creates a media description, e.g. ("audio", 49170, "RTP/AVP", ["0", "101"]).</summary>
    public MediaDescription(string media, int port, string protocol, IEnumerable<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        Media = media;
        Port = port;
        Protocol = protocol;
        Formats = [.. formats];
    }

    /// <summary>The media type: audio, video, text, application, message, image.</summary>
    public string Media { get; set; }

    /// <summary>The transport port; 0 means the stream is rejected or disabled (RFC 3264 §5.1, §6).</summary>
    public int Port { get; set; }

    /// <summary>The "/number of ports" suffix, when written.</summary>
    public int? PortCount { get; set; }

    /// <summary>The transport protocol as written, e.g. RTP/AVP, RTP/SAVP, UDP/TLS/RTP/SAVPF.</summary>
    public string Protocol { get; set; }

    /// <summary>The media formats: RTP payload type numbers for RTP protocols.</summary>
    public IList<string> Formats { get; }

    /// <summary>The media-level i= line, or null.</summary>
    public string? Information { get; set; }

    /// <summary>The media-level c= lines; the first overrides the session-level one (RFC 8866 §5.7).</summary>
    public IList<SdpConnection> Connections { get; } = [];

    /// <summary>The media-level b= lines.</summary>
    public IList<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>The media-level k= line kept raw (obsolete, RFC 8866 §5.12), or null.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The media-level a= lines in order.</summary>
    public SdpAttributeCollection Attributes { get; } = [];

    /// <summary>Lines of unmodelled types, kept for round-trip.</summary>
    public IList<SdpUnknownLine> UnknownLines { get; } = [];

    /// <summary>True when the port is 0: a rejected or disabled stream.</summary>
    public bool IsRejected => Port == 0;

    /// <summary>True for RTP-based protocols, whose formats are payload type numbers.</summary>
    public bool IsRtp => Protocol.Contains("RTP/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The formats resolved to payload formats in offer order: rtpmap first, then RFC 3551 static types; unresolvable ones are skipped.</summary>
    public IEnumerable<RtpPayloadFormat> PayloadFormats
    {
        get
        {
            foreach (var format in Formats)
            {
                if (ResolvePayloadFormat(format) is { } resolved)
                {
                    yield return resolved;
                }
            }
        }
    }

    /// <summary>
    /// Resolves one format: an a=rtpmap wins (RFC 8866 §6.6), otherwise a static type of RFC 3551 is known
    /// without one (phones commonly omit rtpmap for 0 and 8); null for a dynamic type without rtpmap.
    /// </summary>
    public RtpPayloadFormat? ResolvePayloadFormat(string format)
    {
        if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127)
        {
            return null;
        }

        var parameters = Attributes.GetFmtp(format)?.Parameters;
        if (Attributes.GetRtpMap(pt) is { } map)
        {
            return new RtpPayloadFormat(pt, map.EncodingName, map.ClockRate, map.Channels ?? 1, parameters);
        }

        return StaticPayloadTypes.Find(pt) is { } known ? known with { Parameters = parameters } : null;
    }

    /// <summary>The m= line value as written.</summary>
    public string FormatMediaLine()
    {
        var port = PortCount is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{Port}/{count}")
            : Port.ToString(CultureInfo.InvariantCulture);
        return Formats.Count == 0
            ? $"{Media} {port} {Protocol}"
            : $"{Media} {port} {Protocol} {string.Join(' ', Formats)}";
    }

    /// <inheritdoc />
    public override string ToString() => FormatMediaLine();
}
