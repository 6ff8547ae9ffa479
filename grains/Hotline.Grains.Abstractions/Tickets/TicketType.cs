namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What kind of contact a ticket (工单) records.</summary>
[GenerateSerializer]
public enum TicketType
{
    /// <summary>投诉举报 complaint or report.</summary>
    Complaint,

    /// <summary>信息咨询 enquiry.</summary>
    Enquiry,

    /// <summary>意见建议 suggestion.</summary>
    Suggestion,

    /// <summary>表扬 praise.</summary>
    Praise,

    /// <summary>求助 request for help.</summary>
    Help,
}
