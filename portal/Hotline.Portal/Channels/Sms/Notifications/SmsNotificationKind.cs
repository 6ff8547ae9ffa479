namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>Why a citizen is texted about a ticket.</summary>
public enum SmsNotificationKind
{
    /// <summary>受理: the ticket number, when the ticket is created.</summary>
    Received,

    /// <summary>办结: the result, when the ticket is closed.</summary>
    Closed,

    /// <summary>回访: the satisfaction survey, when the reply was approved and the return visit is due.</summary>
    Survey,
}
