namespace Hotline.Telephony.Tests.Peers;

/// <summary>baresip's answer to a ctrl_tcp command.</summary>
internal sealed record BaresipResponse(bool Ok, string Data);
