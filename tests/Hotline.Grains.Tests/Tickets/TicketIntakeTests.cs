using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Outbox;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Intake through the grain into a real SQLite store: numbering, idempotent replay, atomic writes, citizen query.</summary>
[Trait("Category", "Integration")]
public sealed class TicketIntakeTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    [Fact]
    public async Task A_submission_becomes_a_ticket_with_history_attachment_and_event_in_the_store()
    {
        var receipt = await fixture.Intake.SubmitAsync(TicketSubmissions.Complaint(), TestContext.Current.CancellationToken);

        Assert.True(receipt.Created);
        Assert.Matches(@"^12328-20261127-\d{7}$", receipt.Number);
        Assert.Equal(TicketClusterFixture.Start.AddHours(120), receipt.Deadline);
        await using var db = fixture.CreateDbContext();
        var ticket = await db.Set<TicketRecord>().SingleAsync(t => t.Number == receipt.Number, TestContext.Current.CancellationToken);
        Assert.Equal("Intake", ticket.State);
        Assert.Equal("京B12345", ticket.VehiclePlate);
        Assert.Equal(1, await db.Set<TicketHistoryRecord>().CountAsync(h => h.TicketNumber == receipt.Number, TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Set<TicketAttachmentRecord>().CountAsync(a => a.TicketNumber == receipt.Number, TestContext.Current.CancellationToken));
        var messages = await db.Set<OutboxMessage>().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(messages, m => DomainEventCatalog.TypeOf(m.EventName) == typeof(TicketEvent) && m.Payload.Contains(receipt.Number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retried_delivery_returns_the_first_ticket_and_creates_nothing()
    {
        var key = Guid.NewGuid().ToString("N");
        var first = await fixture.Intake.SubmitAsync(TicketSubmissions.Complaint(key), TestContext.Current.CancellationToken);
        var replay = await fixture.Intake.SubmitAsync(TicketSubmissions.Complaint(key), TestContext.Current.CancellationToken);

        Assert.False(replay.Created);
        Assert.Equal(first.Number, replay.Number);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Set<TicketIdempotencyRecord>().CountAsync(k => k.IdempotencyKey == key, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failing_write_leaves_no_partial_ticket()
    {
        // The grain refuses nothing here; the store does: an idempotency row for this key already points elsewhere,
        // so the unique index fails the ticket's one transaction after the ticket row was staged.
        var key = Guid.NewGuid().ToString("N");
        await using (var db = fixture.CreateDbContext())
        {
            db.Add(new TicketIdempotencyRecord { Channel = "Web", IdempotencyKey = key, TicketNumber = "12328-20000101-0000001" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        const string number = "12328-20261127-9999001";

        await Assert.ThrowsAnyAsync<Exception>(() => fixture.Grains.GetGrain<ITicketGrain>(number).CreateAsync(TicketSubmissions.Complaint(key), TicketClusterFixture.Start));

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.Set<TicketRecord>().AnyAsync(t => t.Number == number, TestContext.Current.CancellationToken));
        Assert.False(await check.Set<TicketHistoryRecord>().AnyAsync(h => h.TicketNumber == number, TestContext.Current.CancellationToken));
        Assert.False(await check.Set<TicketAttachmentRecord>().AnyAsync(a => a.TicketNumber == number, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await check.Set<OutboxMessage>().Select(m => m.Payload).ToListAsync(TestContext.Current.CancellationToken), p => p.Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retried_create_of_a_stored_ticket_answers_false_and_writes_nothing_more()
    {
        const string number = "12328-20261127-9999002";
        var submission = TicketSubmissions.Complaint();
        var grain = fixture.Grains.GetGrain<ITicketGrain>(number);

        Assert.True(await grain.CreateAsync(submission, TicketClusterFixture.Start.AddDays(5)));
        Assert.False(await grain.CreateAsync(submission, TicketClusterFixture.Start.AddDays(5)));
        // A second submission under the same number (another key) is refused by the number's unique key just the same.
        Assert.False(await grain.CreateAsync(TicketSubmissions.Complaint(), TicketClusterFixture.Start.AddDays(5)));

        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Set<TicketRecord>().CountAsync(t => t.Number == number, TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Set<TicketHistoryRecord>().CountAsync(h => h.TicketNumber == number, TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Set<TicketIdempotencyRecord>().CountAsync(k => k.TicketNumber == number, TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Set<TicketAttachmentRecord>().CountAsync(a => a.TicketNumber == number, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_snapshot_shows_the_citizens_attachments_apart_from_the_reply_files()
    {
        var receipt = await fixture.Intake.SubmitAsync(TicketSubmissions.Complaint(), TestContext.Current.CancellationToken);
        var ticket = fixture.Grains.GetGrain<ITicketGrain>(receipt.Number);

        var taken = await ticket.GetAsync();
        Assert.Equal(new TicketAttachment("photo.jpg", "image/jpeg", 1024, "attachments/photo.jpg"), Assert.Single(taken.Attachments));
        Assert.Empty(taken.ReplyAttachments);

        await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);
        await ticket.AcceptAsync(TicketActors.UnitA, null);
        var replied = await ticket.ReplyAsync(TicketActors.UnitA, "已处理", [new TicketAttachment("决定书.pdf", "application/pdf", 10, "replies/d.pdf")]);
        Assert.Equal("photo.jpg", Assert.Single(replied.Attachments).FileName);
        Assert.Equal("决定书.pdf", Assert.Single(replied.ReplyAttachments).FileName);
    }

    [Fact]
    public async Task A_missing_description_is_refused_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<TicketValidationException>(() =>
            fixture.Intake.SubmitAsync(TicketSubmissions.Complaint() with { Description = " " }, TestContext.Current.CancellationToken));
        Assert.Equal("Description", error.Field);
    }

    [Fact]
    public async Task A_citizen_sees_the_ticket_only_with_its_phone()
    {
        var submission = TicketSubmissions.Complaint();
        var receipt = await fixture.Intake.SubmitAsync(submission, TestContext.Current.CancellationToken);

        var view = await fixture.Intake.FindForCitizenAsync(receipt.Number, submission.CitizenPhone!, TestContext.Current.CancellationToken);
        Assert.NotNull(view);
        Assert.Equal("已受理", view.StateText);
        Assert.Null(await fixture.Intake.FindForCitizenAsync(receipt.Number, "13900000000", TestContext.Current.CancellationToken));
        Assert.Null(await fixture.Intake.FindForCitizenAsync("12328-20261127-0000000", submission.CitizenPhone!, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Dispatch_needs_a_dispatcher_role_and_the_intake_state()
    {
        var receipt = await fixture.Intake.SubmitAsync(TicketSubmissions.Complaint(), TestContext.Current.CancellationToken);
        var ticket = fixture.Grains.GetGrain<ITicketGrain>(receipt.Number);

        var refused = await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.DispatchAsync(new TicketActor("u1", ["handling-unit"], "unit-1"), "unit-1", null));
        Assert.Contains(receipt.Number, refused.Message, StringComparison.Ordinal);

        var dispatched = await ticket.DispatchAsync(new TicketActor("8001", ["agent"], null), "unit-1", "派至交通执法总队");
        Assert.Equal(TicketState.Dispatched, dispatched.State);
        Assert.Equal("unit-1", dispatched.UnitId);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.DispatchAsync(new TicketActor("8001", ["agent"], null), "unit-2", null));
    }

    [Fact]
    public async Task Numbers_stay_unique_under_concurrent_intake()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => fixture.Intake.SubmitAsync(TicketSubmissions.Complaint(), TestContext.Current.CancellationToken)));

        Assert.Equal(200, receipts.Select(r => r.Number).Distinct(StringComparer.Ordinal).Count());
    }
}
