namespace Hotline.Portal.Channels.Sms;

/// <summary>The SMS gateway settings (<c>Hotline:Channels:Sms</c>).</summary>
public sealed class SmsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Channels:Sms";

    /// <summary>The secret shared with the gateway for <see cref="SmsSignature"/>; the webhook refuses every request while it is empty.</summary>
    public string Secret { get; set; } = "";

    /// <summary>How far the gateway's timestamp may be from the hotline's clock, so a captured request cannot be replayed later.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
