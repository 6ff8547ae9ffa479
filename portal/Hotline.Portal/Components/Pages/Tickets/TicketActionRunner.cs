using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>Takes one workflow action on a ticket's grain with the collected input, as the signed-in user.</summary>
public static class TicketActionRunner
{
    /// <summary>Calls the grain method of <paramref name="action"/>; the grain's refusals (workflow, validation, unknown ticket) pass through.</summary>
    public static Task<TicketSnapshot> RunAsync(ITicketGrain grain, TicketActor actor, TicketAction action, TicketActionInput input, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(zone);
        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        return action switch
        {
            TicketAction.Dispatch => grain.DispatchAsync(actor, input.UnitId?.Trim() ?? "", text),
            TicketAction.Accept => grain.AcceptAsync(actor, text),
            TicketAction.SendBack => grain.SendBackAsync(actor, text ?? ""),
            TicketAction.Reply => grain.ReplyAsync(actor, text ?? "", null),
            TicketAction.Review => grain.ReviewAsync(actor, input.Approved, text),
            TicketAction.Visit => grain.RecordVisitAsync(actor, new ReturnVisit(input.VisitMethod, input.Satisfaction, text, null)),
            TicketAction.Close => grain.CloseAsync(actor, text),
            TicketAction.Reopen => grain.ReopenAsync(actor, text ?? ""),
            TicketAction.RequestExtension => grain.RequestExtensionAsync(actor, EndOfDay(input.Until, zone), text ?? ""),
            TicketAction.DecideExtension => grain.DecideExtensionAsync(actor, input.Approved, text),
            TicketAction.Urge => grain.UrgeAsync(actor, text),
            TicketAction.Escalate => grain.EscalateAsync(actor, text ?? ""),
            TicketAction.MarkMajor => grain.MarkMajorAsync(actor, text ?? ""),
            TicketAction.Merge => grain.MergeIntoAsync(actor, input.TargetNumber?.Trim() ?? ""),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, $"The ticket pages offer no '{TicketActionName.Of(action)}' action."),
        };
    }

    // The date picker gives a day; the new deadline is the end of that day where the user is.
    private static DateTimeOffset EndOfDay(DateTime? day, TimeZoneInfo zone)
    {
        var date = (day ?? throw new TicketValidationException("until", "No extension date was picked.")).Date.AddDays(1).AddTicks(-1);
        return new DateTimeOffset(date, zone.GetUtcOffset(date));
    }
}
