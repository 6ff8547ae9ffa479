using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Submissions the ticket tests start from.</summary>
internal static class TicketSubmissions
{
    /// <summary>A taxi-refusal complaint over the web with a fresh idempotency key and a phone of its own
    /// (a shared phone would make every third test ticket major at intake by the repeated-caller rule).</summary>
    public static TicketSubmission Complaint(string? key = null) => new()
    {
        Channel = TicketChannel.Web,
        IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
        Type = TicketType.Complaint,
        CategoryCode = "urban.taxi.refusal",
        CitizenName = "张先生",
        CitizenPhone = TicketFlows.UniquePhone(),
        Subject = new TicketSubject("蓝天出租汽车公司", "京B12345", null, "北京西站", "丰台区"),
        Description = "在北京西站打车，出租车司机拒载，还说不去短途。",
        Attachments = [new TicketAttachment("photo.jpg", "image/jpeg", 1024, "attachments/photo.jpg")],
    };
}
