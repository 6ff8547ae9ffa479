using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Store;

/// <summary>Converts between ticket rows and the types grains and callers see.</summary>
public static class TicketRecordMapping
{
    /// <summary>The new row for a validated submission.</summary>
    public static TicketRecord ToRecord(string number, TicketSubmission submission, DateTimeOffset deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var subject = submission.Subject ?? TicketSubject.None;
        return new TicketRecord
        {
            Number = number,
            Type = submission.Type.ToString(),
            CategoryCode = submission.CategoryCode,
            Channel = submission.Channel.ToString(),
            CitizenName = submission.CitizenName,
            CitizenPhone = submission.CitizenPhone,
            CitizenEmail = submission.CitizenEmail,
            Enterprise = subject.Enterprise,
            VehiclePlate = subject.VehiclePlate,
            Route = subject.Route,
            Location = subject.Location,
            Region = subject.Region,
            Description = submission.Description,
            State = nameof(TicketState.Intake),
            DeadlineUnixMs = deadline.ToUnixTimeMilliseconds(),
            ExternalReference = submission.ExternalReference,
            CallId = submission.CallId,
            ResultCallbackUrl = submission.ResultCallbackUrl,
            CreatedAtUnixMs = now.ToUnixTimeMilliseconds(),
            UpdatedAtUnixMs = now.ToUnixTimeMilliseconds(),
        };
    }

    /// <summary>The snapshot of a row.</summary>
    public static TicketSnapshot ToSnapshot(TicketRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new TicketSnapshot
        {
            Number = record.Number,
            Type = Enum.Parse<TicketType>(record.Type),
            CategoryCode = record.CategoryCode,
            Channel = Enum.Parse<TicketChannel>(record.Channel),
            State = Enum.Parse<TicketState>(record.State),
            CitizenName = record.CitizenName,
            CitizenPhone = record.CitizenPhone,
            CitizenEmail = record.CitizenEmail,
            Subject = new TicketSubject(record.Enterprise, record.VehiclePlate, record.Route, record.Location, record.Region),
            Description = record.Description,
            Deadline = DateTimeOffset.FromUnixTimeMilliseconds(record.DeadlineUnixMs),
            UnitId = record.UnitId,
            Handler = record.Handler,
            MergedInto = record.MergedInto,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.CreatedAtUnixMs),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.UpdatedAtUnixMs),
            Reply = record.Reply,
            Version = record.Version,
            UrgeCount = record.UrgeCount,
            Escalated = record.Escalated,
            Major = record.Major,
            MajorReason = record.MajorReason,
            Satisfaction = record.Satisfaction,
            ExtensionRequested = record.ExtensionUntilUnixMs is not null,
            ExtensionUntil = ToTime(record.ExtensionUntilUnixMs),
            ExtensionReason = record.ExtensionReason,
            ReopenCount = record.ReopenCount,
            ClosedAt = ToTime(record.ClosedAtUnixMs),
            ExternalReference = record.ExternalReference,
            ResultCallbackUrl = record.ResultCallbackUrl,
            CallId = record.CallId,
        };
    }

    /// <summary>The list row of a ticket.</summary>
    public static TicketSummary ToSummary(TicketRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new TicketSummary
        {
            Number = record.Number,
            Type = Enum.Parse<TicketType>(record.Type),
            CategoryCode = record.CategoryCode,
            Channel = Enum.Parse<TicketChannel>(record.Channel),
            State = Enum.Parse<TicketState>(record.State),
            CitizenName = record.CitizenName,
            CitizenPhone = record.CitizenPhone,
            Enterprise = record.Enterprise,
            UnitId = record.UnitId,
            Handler = record.Handler,
            Deadline = DateTimeOffset.FromUnixTimeMilliseconds(record.DeadlineUnixMs),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.CreatedAtUnixMs),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.UpdatedAtUnixMs),
            UrgeCount = record.UrgeCount,
            Escalated = record.Escalated,
            Major = record.Major,
            Excerpt = record.Description.Length <= ExcerptLength ? record.Description : record.Description[..ExcerptLength] + "…",
        };
    }

    /// <summary>The history entry of a history row.</summary>
    public static TicketHistoryEntry ToHistoryEntry(TicketHistoryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new TicketHistoryEntry(
            DateTimeOffset.FromUnixTimeMilliseconds(record.AtUnixMs),
            record.Actor,
            record.Action,
            record.FromState is null ? null : Enum.Parse<TicketState>(record.FromState),
            Enum.Parse<TicketState>(record.ToState),
            record.Note);
    }

    private const int ExcerptLength = 60;

    private static DateTimeOffset? ToTime(long? unixMs) => unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
