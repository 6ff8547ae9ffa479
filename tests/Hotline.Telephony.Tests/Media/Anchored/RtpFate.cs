namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>What a bad network does to one packet.</summary>
internal enum RtpFate
{
    Send,
    Drop,
    Duplicate,
    HoldBack,
}
