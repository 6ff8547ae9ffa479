using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Outbox;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets;

/// <summary>One ticket: every change goes through this grain and is written, with its history row and event, in one transaction.</summary>
public sealed class TicketGrain(IDbContextFactory<OperationalDbContext> contexts, TimeProvider clock) : Grain, ITicketGrain
{
    private static readonly string[] Dispatchers = [PlatformRole.Agent, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin];

    private string Number => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<bool> CreateAsync(TicketSubmission submission, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<TicketRecord>().AnyAsync(t => t.Number == Number))
            return false;

        var ticket = TicketRecordMapping.ToRecord(Number, submission, deadline, now);
        ticket.Version = 1;
        db.Add(ticket);
        db.Add(new TicketIdempotencyRecord { Channel = submission.Channel.ToString(), IdempotencyKey = submission.IdempotencyKey, TicketNumber = Number });
        foreach (var attachment in submission.Attachments)
        {
            db.Add(new TicketAttachmentRecord
            {
                TicketNumber = Number, FileName = attachment.FileName, ContentType = attachment.ContentType,
                Size = attachment.Size, StoragePath = attachment.StoragePath,
            });
        }
        var actor = submission.SubmittedBy ?? "citizen";
        AddStep(db, ticket, TicketEventKind.Created, "intake", actor, null, submission.Description, now);
        // One SaveChanges is one transaction: the ticket, its key, attachments, history and event commit together or not at all.
        await db.SaveChangesAsync();
        return true;
    }

    /// <inheritdoc />
    public async Task<TicketSnapshot> GetAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return TicketRecordMapping.ToSnapshot(await LoadAsync(db));
    }

    /// <inheritdoc />
    public async Task<TicketSnapshot> DispatchAsync(TicketActor actor, string unitId, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(unitId))
            throw new TicketValidationException("unitId", $"Dispatching ticket {Number} needs the handling unit or enterprise to send it to.");
        await using var db = await contexts.CreateDbContextAsync();
        var ticket = await LoadAsync(db);
        Require(ticket, "dispatch", actor, TicketState.Intake, Dispatchers);
        var from = ticket.State;
        ticket.State = nameof(TicketState.Dispatched);
        ticket.UnitId = unitId;
        AddStep(db, ticket, TicketEventKind.Dispatched, "dispatch", actor.Id, from, note ?? unitId, clock.GetUtcNow());
        await db.SaveChangesAsync();
        return TicketRecordMapping.ToSnapshot(ticket);
    }

    private async Task<TicketRecord> LoadAsync(OperationalDbContext db) =>
        await db.Set<TicketRecord>().SingleOrDefaultAsync(t => t.Number == Number) ?? throw new TicketNotFoundException(Number);

    private void Require(TicketRecord ticket, string action, TicketActor actor, TicketState from, IReadOnlyCollection<string> roles)
    {
        if (!string.Equals(ticket.State, from.ToString(), StringComparison.Ordinal))
            throw new TicketWorkflowException($"Ticket {Number} is in state {ticket.State}; '{action}' needs state {from}.");
        if (!actor.Roles.Any(roles.Contains))
            throw new TicketWorkflowException($"Ticket {Number} (state {ticket.State}): '{action}' needs one of the roles {string.Join(", ", roles)}; actor {actor.Id} has {string.Join(", ", actor.Roles)}.");
    }

    private void AddStep(OperationalDbContext db, TicketRecord ticket, TicketEventKind kind, string action, string actor, string? from, string text, DateTimeOffset at)
    {
        if (from is not null)
            ticket.Version++;
        ticket.UpdatedAtUnixMs = at.ToUnixTimeMilliseconds();
        db.Add(new TicketHistoryRecord
        {
            TicketNumber = ticket.Number, Sequence = ticket.Version, Action = action, Actor = actor,
            AtUnixMs = at.ToUnixTimeMilliseconds(), FromState = from, ToState = ticket.State, Note = text,
        });
        OutboxWriter.Add(db, [TicketEventFactory.For(ticket, kind, actor, text, at)], clock);
    }
}
