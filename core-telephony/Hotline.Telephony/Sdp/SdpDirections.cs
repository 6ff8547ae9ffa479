namespace Hotline.Telephony.Sdp;

/// <summary>Direction names and the send/receive algebra that RFC 3264 §6.1 answers are built from.</summary>
public static class SdpDirections
{
    /// <summary>The attribute name for a direction (e.g. "sendonly").</summary>
    public static string ToAttributeName(this SdpDirection direction) => direction switch
    {
        SdpDirection.SendRecv => "sendrecv",
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown SDP direction."),
    };

    /// <summary>Parses a direction attribute name; false for any other attribute.</summary>
    public static bool TryParse(string attributeName, out SdpDirection direction)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        switch (attributeName.ToUpperInvariant())
        {
            case "SENDRECV": direction = SdpDirection.SendRecv; return true;
            case "SENDONLY": direction = SdpDirection.SendOnly; return true;
            case "RECVONLY": direction = SdpDirection.RecvOnly; return true;
            case "INACTIVE": direction = SdpDirection.Inactive; return true;
            default: direction = SdpDirection.SendRecv; return false;
        }
    }

    /// <summary>True when the side holding this direction sends media.</summary>
    public static bool Sends(this SdpDirection direction) => direction is SdpDirection.SendRecv or SdpDirection.SendOnly;

    /// <summary>True when the side holding this direction receives media.</summary>
    public static bool Receives(this SdpDirection direction) => direction is SdpDirection.SendRecv or SdpDirection.RecvOnly;

    /// <summary>Builds a direction from whether the side sends and receives.</summary>
    public static SdpDirection From(bool sends, bool receives) => (sends, receives) switch
    {
        (true, true) => SdpDirection.SendRecv,
        (true, false) => SdpDirection.SendOnly,
        (false, true) => SdpDirection.RecvOnly,
        _ => SdpDirection.Inactive,
    };

    /// <summary>The same stream seen from the other side: sendonly becomes recvonly and vice versa.</summary>
    public static SdpDirection Reverse(this SdpDirection direction) => From(direction.Receives(), direction.Sends());

    /// <summary>
    /// The answer direction for an offered one (RFC 3264 §6.1): we may only send what the offerer
    /// will receive and receive what it sends, further limited to what we want.
    /// </summary>
    public static SdpDirection AnswerTo(SdpDirection offered, SdpDirection desired)
    {
        var allowed = offered.Reverse();
        return From(allowed.Sends() && desired.Sends(), allowed.Receives() && desired.Receives());
    }
}
