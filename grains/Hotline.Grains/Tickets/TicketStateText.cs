using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets;

/// <summary>The citizen-facing (zh-CN) name of each ticket state.</summary>
public static class TicketStateText
{
    /// <summary>The text shown to a citizen for <paramref name="state"/>.</summary>
    public static string Of(TicketState state) => state switch
    {
        TicketState.Intake => "已受理",
        TicketState.Dispatched => "已派单",
        TicketState.Handling => "处理中",
        TicketState.Replied or TicketState.Reviewed => "已反馈",
        TicketState.Visited or TicketState.Unsatisfied => "已回访",
        TicketState.Closed => "已办结",
        TicketState.Merged => "已并案处理",
        _ => state.ToString(),
    };
}
