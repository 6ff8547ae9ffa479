using System.Globalization;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Calls;

/// <summary>A message left or a call-back asked for in the IVR is a contact no agent took: it becomes a ticket so it is tracked to closure.</summary>
public sealed partial class CallGrain
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Opens the ticket for the caller's voicemail or call-back request; a failure is logged, never the caller's problem.</summary>
    /// <remarks>The call id is the idempotency key, so a repeated IVR report cannot open a second ticket.</remarks>
    private async Task OpenContactTicketAsync(TicketChannel channel, string description, IReadOnlyList<TicketAttachment> attachments)
    {
        // A silo without the ticket domain (some test clusters, a telephony-only node) has no intake to call.
        if (services.GetService<ITicketIntake>() is not { } intake)
        {
            return;
        }

        // A caller id intake would refuse (anonymous, a SIP user name) leaves the ticket without a phone rather than unopened.
        var phone = TicketSubmissionValidator.IsPhone(S.CallerNumber) ? S.CallerNumber : null;
        try
        {
            var receipt = await intake.SubmitAsync(new TicketSubmission
            {
                Channel = channel,
                IdempotencyKey = CallId,
                Type = TypeOf(S.Category),
                CitizenPhone = phone,
                Description = description,
                Attachments = attachments,
                CallId = CallId,
            }, CancellationToken.None);
            S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"ticket {receipt.Number} opened for the {channel.ToString().ToLowerInvariant()}"));
        }
        catch (Exception ex) when (ex is TicketValidationException or OrleansException or InvalidOperationException or TimeoutException
                                   or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            LogContactTicketLost(logger, ex, CallId, channel, ex.Message);
        }
    }

    private Task OpenVoicemailTicketAsync(IvrResult voicemail)
    {
        var seconds = voicemail.VoicemailLength.TotalSeconds.ToString("0", Chinese);
        var description = string.Format(Chinese, "来电 {0} 在自助语音中留言（{1} 秒），请收听留言录音后处理并回复来电人。", Caller, seconds);
        IReadOnlyList<TicketAttachment> attachments = voicemail.VoicemailPath is { Length: > 0 } path
            ? [new TicketAttachment(Path.GetFileName(path), "audio/wav", File.Exists(path) ? new FileInfo(path).Length : 0, path)]
            : [];
        return OpenContactTicketAsync(TicketChannel.Voicemail, description, attachments);
    }

    private Task OpenCallbackTicketAsync(string? number)
    {
        var to = string.IsNullOrWhiteSpace(number) ? S.CallerNumber : number;
        var description = string.Format(Chinese, "来电 {0} 排队等候时申请回拨，回拨号码 {1}{2}。", Caller, to,
            S.Queue is { } queue ? string.Format(Chinese, "（队列 {0}）", queue) : "");
        return OpenContactTicketAsync(TicketChannel.Callback, description, []);
    }

    private string Caller => string.IsNullOrWhiteSpace(S.CallerNumber) ? "（未显示号码）" : S.CallerNumber;

    /// <summary>The ticket type for the IVR menu the caller chose; without a choice, an enquiry (a handler reclassifies).</summary>
    private static TicketType TypeOf(string? category) => category switch
    {
        "complaint" => TicketType.Complaint,
        "suggestion" => TicketType.Suggestion,
        _ => TicketType.Enquiry,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId}: the {Channel} ticket could not be opened: {Reason}")]
    private static partial void LogContactTicketLost(ILogger logger, Exception exception, string callId, TicketChannel channel, string reason);
}
