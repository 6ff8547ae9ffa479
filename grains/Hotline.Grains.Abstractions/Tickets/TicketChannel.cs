namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The channel a ticket came in through.</summary>
[GenerateSerializer]
public enum TicketChannel
{
    /// <summary>Created by an agent during or after a call.</summary>
    Phone,

    /// <summary>A voicemail left on the hotline.</summary>
    Voicemail,

    /// <summary>A call-back request.</summary>
    Callback,

    /// <summary>The public service-supervision web site.</summary>
    Web,

    /// <summary>The mobile app's REST API.</summary>
    MobileApp,

    /// <summary>A mail polled from the hotline mailbox.</summary>
    Email,

    /// <summary>An SMS through the gateway webhook.</summary>
    Sms,

    /// <summary>A WeChat official-account message.</summary>
    WeChat,

    /// <summary>转办: transferred in from another department.</summary>
    TransferIn,

    /// <summary>交办: assigned by a superior.</summary>
    Assignment,
}
