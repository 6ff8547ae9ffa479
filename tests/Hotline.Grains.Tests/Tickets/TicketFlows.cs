using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Creates tickets and walks them to a given state through the real grain actions.</summary>
internal static class TicketFlows
{
    private static int _phone;

    /// <summary>A phone no other test ticket uses, so the repeated-caller rule never links unrelated tests.</summary>
    public static string UniquePhone() => "139" + Interlocked.Increment(ref _phone).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A complaint with its own phone and enterprise.</summary>
    public static TicketSubmission Complaint(string? description = null, string? phone = null, string? enterprise = null) =>
        TicketSubmissions.Complaint() with
        {
            CitizenPhone = phone ?? UniquePhone(),
            Subject = new TicketSubject(enterprise ?? "企业-" + Guid.NewGuid().ToString("N")[..8], "京B12345", null, "北京西站", "丰台区"),
            Description = description ?? TicketSubmissions.Complaint().Description,
        };

    public static async Task<ITicketGrain> SubmitAsync(TicketClusterFixture fixture, TicketSubmission? submission = null)
    {
        var receipt = await fixture.Intake.SubmitAsync(submission ?? Complaint(), TestContext.Current.CancellationToken);
        return fixture.Grains.GetGrain<ITicketGrain>(receipt.Number);
    }

    /// <summary>A complaint dispatched to unit-a and accepted by it.</summary>
    public static async Task<ITicketGrain> HandlingAsync(TicketClusterFixture fixture, TicketSubmission? submission = null)
    {
        var ticket = await SubmitAsync(fixture, submission);
        await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);
        await ticket.AcceptAsync(TicketActors.UnitA, null);
        return ticket;
    }

    /// <summary>A complaint replied by unit-a and approved.</summary>
    public static async Task<ITicketGrain> ReviewedAsync(TicketClusterFixture fixture)
    {
        var ticket = await HandlingAsync(fixture);
        await ticket.ReplyAsync(TicketActors.UnitA, "已约谈司机并处罚款。", null);
        await ticket.ReviewAsync(TicketActors.Supervisor, true, null);
        return ticket;
    }

    /// <summary>The kinds of the ticket's events in the outbox, in step order.</summary>
    public static async Task<List<TicketEventKind>> EventKindsAsync(TicketClusterFixture fixture, string number)
    {
        await using var db = fixture.CreateDbContext();
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Payload.Contains(number)).ToListAsync(TestContext.Current.CancellationToken);
        return [.. messages.Select(m => DomainEventJson.Deserialize(m.EventName, m.Payload)).OfType<TicketEvent>()
            .Where(e => e.TicketNumber == number).OrderBy(e => e.Sequence).Select(e => e.Kind)];
    }
}
