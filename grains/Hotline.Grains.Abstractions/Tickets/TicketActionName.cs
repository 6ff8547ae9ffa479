namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The names of <see cref="TicketAction"/> as the history, workflow data and APIs spell them (e.g. "send-back").</summary>
public static class TicketActionName
{
    /// <summary>The kebab-case name of <paramref name="action"/>.</summary>
    public static string Of(TicketAction action) => action switch
    {
        TicketAction.SendBack => "send-back",
        TicketAction.RequestExtension => "request-extension",
        TicketAction.DecideExtension => "decide-extension",
        TicketAction.MarkMajor => "mark-major",
        _ => action.ToString().ToLowerInvariant(),
    };
}
