using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using EventEndCause = Hotline.Grains.Abstractions.Events.CallEndCause;

namespace Hotline.Grains.Calls;

/// <summary>The call detail record: built from the call's timestamps when it ends and written to the event outbox.</summary>
public sealed partial class CallGrain
{
    private CallDetailRecord BuildRecord(CallEndInfo info)
    {
        var ended = info.At;
        var arrived = S.ArrivedAt ?? S.Transitions.FirstOrDefault()?.At ?? ended;
        var waitEnd = S.AnsweredAt ?? ended;
        return new CallDetailRecord
        {
            EventId = Guid.NewGuid(),
            CallId = CallId,
            Direction = S.Outbound ? CallDirection.Outbound : CallDirection.Inbound,
            CallerNumber = S.CallerNumber,
            CalledNumber = S.CalledNumber,
            ServiceNumber = S.CalledNumber,
            Queue = S.Queue ?? "",
            AgentId = S.AnsweredBy ?? S.Transfers.LastOrDefault()?.From ?? "",
            Skills = [.. S.Queues],
            IvrPath = [.. S.IvrPath],
            ArrivedAt = arrived,
            QueuedAt = S.QueuedAt,
            OfferedAt = S.OfferedAt,
            AnsweredAt = S.AnsweredAt,
            EndedAt = ended,
            WaitSeconds = S.QueuedAt is { } queued ? Math.Max(0, (waitEnd - queued).TotalSeconds) : 0,
            TalkSeconds = S.AnsweredAt is { } answered ? Math.Max(0, (ended - answered - S.HeldFor).TotalSeconds) : 0,
            HoldSeconds = S.HeldFor.TotalSeconds,
            Transfers = [.. S.Transfers],
            EndCause = EndCauseOf(info),
            RecordingPath = info.RecordingPath,
            RtcpLossFraction = info.LossFraction,
            RtcpJitterMilliseconds = info.JitterMilliseconds,
        };
    }

    private EventEndCause EndCauseOf(CallEndInfo info) => info switch
    {
        { Failed: true } when S.AnsweredAt is null => EventEndCause.Failed,
        _ when S.Outbound && S.AnsweredAt is null => EventEndCause.Failed,
        _ when S.AnsweredAt is not null => EventEndCause.Completed,
        _ when S.MaxWaitReached => EventEndCause.Overflowed,
        _ when S.QueuedAt is not null => EventEndCause.Abandoned,
        { Failed: true } => EventEndCause.Failed,
        _ => EventEndCause.IvrOnly,
    };

    private async Task WriteRecordAsync(CallDetailRecord record)
    {
        var outbox = services.GetService<IEventOutbox>();
        if (outbox is null)
        {
            return; // no analytics in this host (tests of routing alone)
        }

        var events = new List<IDomainEvent> { record };
        if (S.SurveyScore is { } score)
        {
            events.Add(SurveyOf(record, score));
        }

        try
        {
            await outbox.AppendAsync(events);
        }
#pragma warning disable CA1031 // The call is over either way; a lost CDR is logged loudly rather than failing the caller's hang-up.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRecordLost(logger, ex, CallId);
        }
    }

    private SurveyResult SurveyOf(CallDetailRecord record, int score) => new()
    {
        EventId = Guid.NewGuid(),
        CallId = record.CallId,
        TicketNumber = S.Placed?.TicketNumber ?? "",
        AgentId = record.AgentId,
        Queue = record.Queue,
        Rating = score,
        Channel = "phone",
        AnsweredAt = record.EndedAt,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId}: the call detail record could not be written to the outbox")]
    private static partial void LogRecordLost(ILogger logger, Exception exception, string callId);
}
