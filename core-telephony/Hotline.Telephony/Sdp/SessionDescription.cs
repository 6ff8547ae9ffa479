namespace Hotline.Telephony.Sdp;

/// <summary>A parsed SDP session description (RFC 8866): session-level lines followed by media descriptions.</summary>
public sealed class SessionDescription
{
    /// <summary>Creates a description with the mandatory o= line.</summary>
    public SessionDescription(SdpOrigin origin)
    {
        Origin = origin;
    }

    /// <summary>The v= protocol version; always 0 (RFC 8866 §5.1).</summary>
    public int Version { get; set; }

    /// <summary>The o= line.</summary>
    public SdpOrigin Origin { get; set; }

    /// <summary>The s= line; "-" when a peer leaves it empty (RFC 8866 §5.3 asks for "-" then).</summary>
    public string SessionName { get; set; } = "-";

    /// <summary>The session-level i= line, or null.</summary>
    public string? Information { get; set; }

    /// <summary>The u= line, or null.</summary>
    public string? Uri { get; set; }

    /// <summary>The e= lines.</summary>
    public IList<string> Emails { get; } = [];

    /// <summary>The p= lines.</summary>
    public IList<string> Phones { get; } = [];

    /// <summary>The session-level c= line, or null when every media description carries its own.</summary>
    public SdpConnection? Connection { get; set; }

    /// <summary>The session-level b= lines.</summary>
    public IList<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>The t= lines with their r= lines; "t=0 0" is written when empty because t= is mandatory.</summary>
    public IList<SdpTiming> Timings { get; } = [];

    /// <summary>The z= line kept raw, or null.</summary>
    public string? TimeZones { get; set; }

    /// <summary>The session-level k= line kept raw, or null.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The session-level a= lines in order.</summary>
    public SdpAttributeCollection Attributes { get; } = [];

    /// <summary>Session-level lines of unmodelled types, kept for round-trip.</summary>
    public IList<SdpUnknownLine> UnknownLines { get; } = [];

    /// <summary>The m= sections in order; their order is what offer and answer are matched by (RFC 3264 §6).</summary>
    public IList<MediaDescription> Media { get; } = [];

    /// <summary>The connection that applies to a media description: its own c= line, else the session's (RFC 8866 §5.7).</summary>
    public SdpConnection? ConnectionFor(MediaDescription media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return media.Connections.Count > 0 ? media.Connections[0] : Connection;
    }

    /// <summary>The direction that applies to a media description: media level, else session level, else sendrecv (RFC 3264 §5.1).</summary>
    public SdpDirection DirectionOf(MediaDescription media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return media.Attributes.Direction ?? Attributes.Direction ?? SdpDirection.SendRecv;
    }

    /// <summary>A deep copy, made by writing and re-reading so no part is shared.</summary>
    public SessionDescription Clone() => SdpParser.Parse(SdpSerializer.Serialize(this));

    /// <summary>The description as SDP text with CRLF line endings.</summary>
    public override string ToString() => SdpSerializer.Serialize(this);
}
