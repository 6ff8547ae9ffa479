namespace Hotline.Telephony.Media.Dtmf;

/// <summary>How the receiver learned that a key press was over.</summary>
public enum DtmfEventEnding
{
    /// <summary>An end packet arrived.</summary>
    EndPacket,

    /// <summary>The end packets were lost; the next event started.</summary>
    NextEvent,

    /// <summary>The end packets were lost; nothing arrived for the timeout.</summary>
    Timeout,
}
