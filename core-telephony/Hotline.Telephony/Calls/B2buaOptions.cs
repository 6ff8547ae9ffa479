namespace Hotline.Telephony.Calls;

/// <summary>Settings of the back-to-back user agent.</summary>
public sealed class B2buaOptions
{
    /// <summary>The platform's SIP domain (host part of the From of calls it places).</summary>
    public string Domain { get; set; } = "hotline.local";

    /// <summary>The user part of the platform's own Contact.</summary>
    public string ContactUser { get; set; } = "hotline";

    /// <summary>RFC 3261 T1, for 2xx retransmission.</summary>
    public TimeSpan T1 { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>RFC 3261 T2, the cap of the 2xx retransmission interval.</summary>
    public TimeSpan T2 { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The User-Agent / Server header value.</summary>
    public string UserAgent { get; set; } = "Hotline";
}
