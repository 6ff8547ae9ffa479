namespace Hotline.Telephony.Sdp;

/// <summary>Recognises held streams: a=sendonly or a=inactive (RFC 3264 §8.4) or the older c=0.0.0.0 (RFC 2543).</summary>
public static class SdpHold
{
    /// <summary>True when this stream of the description asks the receiver to stop sending.</summary>
    public static bool IsHold(SessionDescription description, MediaDescription media)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(media);
        var direction = description.DirectionOf(media);
        return direction is SdpDirection.SendOnly or SdpDirection.Inactive
            || description.ConnectionFor(media)?.IsUnspecified == true;
    }

    /// <summary>True when the description has an active audio stream and every active audio stream is held.</summary>
    public static bool IsHold(SessionDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var active = description.Media.Where(m => !m.IsRejected && IsAudio(m)).ToList();
        return active.Count > 0 && active.TrueForAll(m => IsHold(description, m));
    }

    internal static bool IsAudio(MediaDescription media) =>
        string.Equals(media.Media, "audio", StringComparison.OrdinalIgnoreCase);
}
