namespace Hotline.Telephony.Sip.Routing;

/// <summary>
/// A number the SIP core connects by itself without asking the application, e.g. a trunk-to-trunk route
/// (the SIP benchmark's path) or a fixed forward.
/// </summary>
public sealed class SipStaticRoute
{
    /// <summary>The dialled number (Request-URI user) this route applies to.</summary>
    public string Number { get; set; } = "";

    /// <summary>The trunk the call goes out on.</summary>
    public string Trunk { get; set; } = "";

    /// <summary>The number dialled on the trunk; empty keeps the dialled number.</summary>
    public string? TargetNumber { get; set; }
}
