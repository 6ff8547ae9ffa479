using System.Globalization;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>The text of each notification, from ChannelTexts.resx; a long reply is shortened so the text stays a few SMS segments.</summary>
public static class SmsNotificationText
{
    /// <summary>The longest part of the handling result a closing text quotes.</summary>
    public const int MaxReplyLength = 120;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The text for <paramref name="kind"/> about <paramref name="ticket"/>.</summary>
    public static string For(SmsNotificationKind kind, TicketRecord ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return kind switch
        {
            SmsNotificationKind.Received => ChannelTexts.SmsReceived(ticket.Number,
                DateTimeOffset.FromUnixTimeMilliseconds(ticket.DeadlineUnixMs).ToOffset(Beijing).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture)),
            SmsNotificationKind.Survey => ChannelTexts.SmsSurvey(ticket.Number),
            _ => ChannelTexts.SmsClosed(ticket.Number, Shorten(ticket.Reply)),
        };
    }

    private static string Shorten(string? reply)
    {
        var text = string.IsNullOrWhiteSpace(reply) ? ChannelTexts.SmsNoReply() : reply.Trim();
        return text.Length <= MaxReplyLength ? text : string.Concat(text.AsSpan(0, MaxReplyLength), "…");
    }
}
