using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>Takes a citizen's one-digit answer to the return-visit survey text as the ticket's return visit (回访, method SMS).</summary>
/// <remarks>Only a lone digit 1–5 from a phone that was sent a survey recently counts; anything else is an ordinary message.</remarks>
public sealed class SmsSurveyReplies(SmsNotificationStore notifications, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>How long after the survey text an answer is still taken as one.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromDays(7);

    /// <summary>The text to send back when <paramref name="text"/> answered a survey (recorded now or before), else null.</summary>
    public async Task<string?> TryRecordAsync(string phone, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var answer = text.Trim();
        if (answer.Length != 1 || answer[0] is < '1' or > '5')
            return null;
        var since = (clock.GetUtcNow() - AnswerWindow).ToUnixTimeMilliseconds();
        if (await notifications.LatestSurveyTicketAsync(phone, since, cancellationToken) is not { } number)
            return null;

        var rating = answer[0] - '0';
        var ticket = grains.GetGrain<ITicketGrain>(number);
        if ((await ticket.GetAsync()).State != TicketState.Reviewed)
        {
            // Answered already (a retried delivery, a second digit) or visited by phone meanwhile: thank, record nothing.
            return ChannelTexts.SmsSurveyThanks(number);
        }

        try
        {
            await ticket.RecordVisitAsync(TicketActor.System, new ReturnVisit(VisitMethod.Sms, rating,
                string.Format(CultureInfo.InvariantCulture, "SMS {0}", answer), null));
        }
        catch (TicketWorkflowException)
        {
            // Another answer or an agent's visit won the race: the ticket has its visit.
        }

        return ChannelTexts.SmsSurveyThanks(number);
    }
}
