using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Outbox;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Deadlines;
using Hotline.Grains.Tickets.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets;

/// <summary>One ticket: every change goes through this grain and is written, with its history row and event, in one transaction.</summary>
public sealed partial class TicketGrain(
    IDbContextFactory<OperationalDbContext> contexts,
    TimeProvider clock,
    TicketDeadlines deadlines,
    IOptions<TicketWorkflowOptions> options,
    TicketMajorRules majorRules,
    ITicketAlertSink alerts,
    GroupCommit commits,
    TicketCategoryCache categories,
    ILogger<TicketGrain> logger) : Grain, ITicketGrain
{
    private string Number => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<bool> CreateAsync(TicketSubmission submission, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync();
        var ticket = TicketRecordMapping.ToRecord(Number, submission, deadline, now);
        ticket.Version = 1;
        deadlines.Schedule(ticket, now, deadline);
        db.Add(ticket);
        db.Add(new TicketIdempotencyRecord { Channel = submission.Channel.ToString(), IdempotencyKey = submission.IdempotencyKey, TicketNumber = Number });
        AddAttachments(db, submission.Attachments, fromReply: false);
        var actor = submission.SubmittedBy ?? "citizen";
        var categoryNames = (await categories.GetAsync(db, CancellationToken.None)).NamePath(ticket.CategoryCode);
        AddStep(db, ticket, new TicketStep(submission.Description), TicketAction.Intake, actor, null, now, categoryNames);
        var major = await MajorAtIntakeAsync(db, ticket, now, categoryNames);
        // The ticket, its key, attachments, history and events (重大投诉 included) commit together or not at all, in a transaction that other
        // tickets taken in at the same moment may share (group commit: one log sync for the lot).
        var rows = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        try
        {
            await commits.CommitAsync(rows);
        }
        catch (DbUpdateException)
        {
            // The number's unique key stands in for an exists check before every intake: numbers are never handed out twice, so a ticket
            // already stored under this one means a retried call, answered as before. Any other refusal (a key delivered twice) is the caller's.
            if (await db.Set<TicketRecord>().AnyAsync(t => t.Number == Number))
                return false;
            throw;
        }
        if (major is not null)
            await NotifyAsync(new TicketAlert(Number, TicketAlertKind.Major, major.Note, TicketActor.System.Id, ticket.UnitId, now));
        return true;
    }

    /// <inheritdoc />
    public async Task<TicketSnapshot> GetAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await SnapshotAsync(db, await LoadAsync(db));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TicketHistoryEntry>> GetHistoryAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (!await db.Set<TicketRecord>().AnyAsync(t => t.Number == Number))
            throw new TicketNotFoundException(Number);
        var rows = await db.Set<TicketHistoryRecord>().AsNoTracking().Where(h => h.TicketNumber == Number).OrderBy(h => h.Sequence).ToListAsync();
        return [.. rows.Select(TicketRecordMapping.ToHistoryEntry)];
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> DispatchAsync(TicketActor actor, string unitId, string? note)
    {
        var unit = TicketArguments.Required(unitId, nameof(unitId), 128);
        TicketArguments.Optional(note, nameof(note));
        return ActAsync(TicketAction.Dispatch, actor, change =>
        {
            change.Ticket.State = nameof(TicketState.Dispatched);
            change.Ticket.UnitId = unit;
            return new TicketStep(note ?? unit);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> AcceptAsync(TicketActor actor, string? note)
    {
        TicketArguments.Optional(note, nameof(note));
        return ActAsync(TicketAction.Accept, actor, change =>
        {
            change.Ticket.State = nameof(TicketState.Handling);
            // Whoever accepts holds the ticket: it shows in their 我的工单 until it is sent back or dispatched elsewhere.
            change.Ticket.Handler = actor.Id;
            return new TicketStep(note ?? "");
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> SendBackAsync(TicketActor actor, string reason)
    {
        TicketArguments.Required(reason, nameof(reason));
        return ActAsync(TicketAction.SendBack, actor, change =>
        {
            change.Ticket.State = nameof(TicketState.Intake);
            change.Ticket.UnitId = null;
            change.Ticket.Handler = null;
            change.Ticket.ExtensionUntilUnixMs = null;
            change.Ticket.ExtensionReason = null;
            return new TicketStep(reason);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> ReplyAsync(TicketActor actor, string reply, IReadOnlyList<TicketAttachment>? attachments)
    {
        TicketArguments.Required(reply, nameof(reply), TicketArguments.MaxReplyLength);
        var files = TicketArguments.Attachments(attachments);
        return ActAsync(TicketAction.Reply, actor, change =>
        {
            // Without a review step the reply counts as reviewed at once, so the next step (visit or close) is open.
            change.Ticket.State = change.Workflow.Review ? nameof(TicketState.Replied) : nameof(TicketState.Reviewed);
            change.Ticket.Reply = reply;
            AddAttachments(change.Db, files, fromReply: true);
            return new TicketStep(reply);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> ReviewAsync(TicketActor actor, bool approved, string? comment)
    {
        if (!approved)
            TicketArguments.Required(comment, nameof(comment));
        TicketArguments.Optional(comment, nameof(comment));
        return ActAsync(TicketAction.Review, actor, change =>
        {
            change.Ticket.State = approved ? nameof(TicketState.Reviewed) : nameof(TicketState.Handling);
            return new TicketStep((approved ? "审核通过" : "审核退回") + (comment is null ? "" : "：" + comment));
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> RecordVisitAsync(TicketActor actor, ReturnVisit visit)
    {
        var checkedVisit = TicketArguments.Visit(visit);
        return ActAsync(TicketAction.Visit, actor, change =>
        {
            var satisfied = checkedVisit.Satisfaction >= options.Value.SatisfiedFrom;
            change.Ticket.State = satisfied ? nameof(TicketState.Visited) : nameof(TicketState.Unsatisfied);
            change.Ticket.Satisfaction = checkedVisit.Satisfaction;
            var note = $"{checkedVisit.Method} 满意度 {checkedVisit.Satisfaction}" + (checkedVisit.Comment is null ? "" : "：" + checkedVisit.Comment);
            return new TicketStep(note);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> CloseAsync(TicketActor actor, string? note)
    {
        TicketArguments.Optional(note, nameof(note));
        return ActAsync(TicketAction.Close, actor, change =>
        {
            change.Ticket.State = nameof(TicketState.Closed);
            change.Ticket.ClosedAtUnixMs = change.Now.ToUnixTimeMilliseconds();
            TicketDeadlines.Unschedule(change.Ticket);
            return new TicketStep(note ?? "");
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> ReopenAsync(TicketActor actor, string reason)
    {
        TicketArguments.Required(reason, nameof(reason));
        return ActAsync(TicketAction.Reopen, actor, async change =>
        {
            var ticket = change.Ticket;
            if (ticket.State == nameof(TicketState.Closed)
                && change.Now - DateTimeOffset.FromUnixTimeMilliseconds(ticket.ClosedAtUnixMs ?? 0) > options.Value.ReopenWindow)
            {
                throw new TicketWorkflowException(
                    $"Ticket {Number} is in state Closed since {DateTimeOffset.FromUnixTimeMilliseconds(ticket.ClosedAtUnixMs ?? 0):u}; 'reopen' is allowed only within {options.Value.ReopenWindow.TotalDays:0.#} days of closing.");
            }
            var deadline = await deadlines.DeadlineForAsync(change.Db, Enum.Parse<TicketType>(ticket.Type), ticket.CategoryCode, change.Now, CancellationToken.None);
            deadlines.Schedule(ticket, change.Now, deadline);
            ticket.State = nameof(TicketState.Handling);
            ticket.ReopenCount++;
            ticket.Satisfaction = null;
            return new TicketStep(reason);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> RequestExtensionAsync(TicketActor actor, DateTimeOffset until, string reason)
    {
        TicketArguments.Required(reason, nameof(reason));
        return ActAsync(TicketAction.RequestExtension, actor, change =>
        {
            var ticket = change.Ticket;
            if (ticket.ExtensionUntilUnixMs is not null)
                throw new TicketWorkflowException($"Ticket {Number} (state {ticket.State}): 'request-extension' refused; a request for {DateTimeOffset.FromUnixTimeMilliseconds(ticket.ExtensionUntilUnixMs.Value):u} is still pending.");
            if (until.ToUnixTimeMilliseconds() <= ticket.DeadlineUnixMs)
                throw new TicketValidationException(nameof(until), $"until {until:u} is not after the ticket's deadline {DateTimeOffset.FromUnixTimeMilliseconds(ticket.DeadlineUnixMs):u}.");
            ticket.ExtensionUntilUnixMs = until.ToUnixTimeMilliseconds();
            ticket.ExtensionReason = reason;
            return new TicketStep($"申请延期至 {until:u}：{reason}");
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> DecideExtensionAsync(TicketActor actor, bool approved, string? note)
    {
        TicketArguments.Optional(note, nameof(note));
        return ActAsync(TicketAction.DecideExtension, actor, change =>
        {
            var ticket = change.Ticket;
            if (ticket.ExtensionUntilUnixMs is not { } until)
                throw new TicketWorkflowException($"Ticket {Number} (state {ticket.State}): 'decide-extension' refused; no extension request is pending.");
            if (approved)
                deadlines.Schedule(ticket, change.Now, DateTimeOffset.FromUnixTimeMilliseconds(until));
            ticket.ExtensionUntilUnixMs = null;
            ticket.ExtensionReason = null;
            var decision = approved ? $"同意延期至 {DateTimeOffset.FromUnixTimeMilliseconds(until):u}" : "不同意延期";
            return new TicketStep(decision + (note is null ? "" : "：" + note));
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> UrgeAsync(TicketActor actor, string? note)
    {
        TicketArguments.Optional(note, nameof(note));
        return ActAsync(TicketAction.Urge, actor, change =>
        {
            var ticket = change.Ticket;
            if (IsSweeper(actor))
            {
                // The sweeper's urge happens once per deadline: a rerun or a concurrent sweep finds nothing due.
                if (!IsDue(ticket.UrgeDueAtUnixMs, change.Now))
                    return null;
                ticket.UrgeDueAtUnixMs = null;
            }
            ticket.UrgeCount++;
            return new TicketStep(note ?? "催办", TicketAlertKind.Urged);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> EscalateAsync(TicketActor actor, string reason)
    {
        TicketArguments.Required(reason, nameof(reason));
        return ActAsync(TicketAction.Escalate, actor, change =>
        {
            var ticket = change.Ticket;
            if (IsSweeper(actor))
            {
                if (!IsDue(ticket.EscalateDueAtUnixMs, change.Now))
                    return null;
                ticket.EscalateDueAtUnixMs = null;
            }
            ticket.Escalated = true;
            return new TicketStep(reason, TicketAlertKind.Escalated);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> MarkMajorAsync(TicketActor actor, string reason)
    {
        TicketArguments.Required(reason, nameof(reason), 500);
        return ActAsync(TicketAction.MarkMajor, actor, change =>
        {
            if (change.Ticket.Major)
                return null;
            change.Ticket.Major = true;
            change.Ticket.MajorReason = reason;
            return new TicketStep("重大投诉：" + reason, TicketAlertKind.Major);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> MergeIntoAsync(TicketActor actor, string targetNumber)
    {
        var target = TicketArguments.Required(targetNumber, nameof(targetNumber), 32);
        if (string.Equals(target, Number, StringComparison.Ordinal))
            throw new TicketValidationException(nameof(targetNumber), $"Ticket {Number} cannot be merged into itself.");
        return ActAsync(TicketAction.Merge, actor, async change =>
        {
            // Two tickets merging into each other would each wait for the other's turn until the call timed out: the claim
            // refuses the merge whose target is itself being merged, before any call to it is made.
            var claims = GrainFactory.GetGrain<ITicketMergeClaimGrain>(ITicketMergeClaimGrain.Key);
            if (await claims.ClaimAsync(Number, target) is { } busy)
            {
                throw new TicketWorkflowException(
                    $"Ticket {Number} (state {change.Ticket.State}): 'merge' into {target} refused; {target} is being merged into {busy} at this moment.");
            }
            try
            {
                // The target records the source first: if this write then fails, a retry finds the target's record and goes on.
                await GrainFactory.GetGrain<ITicketGrain>(target).AbsorbAsync(actor, Number);
            }
            finally
            {
                await claims.ReleaseAsync(Number);
            }
            change.Ticket.State = nameof(TicketState.Merged);
            change.Ticket.MergedInto = target;
            TicketDeadlines.Unschedule(change.Ticket);
            return new TicketStep("并入 " + target);
        });
    }

    /// <inheritdoc />
    public Task<TicketSnapshot> AbsorbAsync(TicketActor actor, string sourceNumber)
    {
        var source = TicketArguments.Required(sourceNumber, nameof(sourceNumber), 32);
        if (string.Equals(source, Number, StringComparison.Ordinal))
            throw new TicketValidationException(nameof(sourceNumber), $"Ticket {Number} cannot absorb itself.");
        return ActAsync(TicketAction.Absorb, actor, async change =>
        {
            var existing = await change.Db.Set<TicketMergeRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.SourceNumber == source);
            if (existing is not null)
            {
                return string.Equals(existing.TargetNumber, Number, StringComparison.Ordinal)
                    ? null
                    : throw new TicketWorkflowException($"Ticket {Number} (state {change.Ticket.State}): 'absorb' refused; ticket {source} is already merged into {existing.TargetNumber}.");
            }
            change.Db.Add(new TicketMergeRecord
            {
                SourceNumber = source, TargetNumber = Number, Actor = actor.Id, AtUnixMs = change.Now.ToUnixTimeMilliseconds(),
                TargetSequence = change.Ticket.Version + 1,
            });
            return new TicketStep("并案：" + source);
        });
    }

    private Task<TicketSnapshot> ActAsync(TicketAction action, TicketActor actor, Func<TicketChange, TicketStep?> change) =>
        ActAsync(action, actor, c => Task.FromResult(change(c)));

    /// <summary>Loads the ticket, checks state, roles and unit, applies the change and stores ticket, history and event together.</summary>
    private async Task<TicketSnapshot> ActAsync(TicketAction action, TicketActor actor, Func<TicketChange, Task<TicketStep?>> change)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var ticket = await LoadAsync(db);
        var workflow = await TicketWorkflowCatalog.ForAsync(db, Enum.Parse<TicketType>(ticket.Type), CancellationToken.None);
        TicketActionGuard.Check(Number, Enum.Parse<TicketState>(ticket.State), ticket.UnitId, action, actor, workflow);
        var now = clock.GetUtcNow();
        var from = ticket.State;
        var step = await change(new TicketChange(db, ticket, workflow, now));
        if (step is null)
            return await SnapshotAsync(db, ticket);
        var categoryNames = (await categories.GetAsync(db, CancellationToken.None)).NamePath(ticket.CategoryCode);
        AddStep(db, ticket, step, action, actor.Id, from, now, categoryNames);
        await db.SaveChangesAsync();
        if (step.Alert is { } alert)
            await NotifyAsync(new TicketAlert(Number, alert, step.Note, actor.Id, ticket.UnitId, now));
        return await SnapshotAsync(db, ticket);
    }

    /// <summary>
    /// 重大投诉 at once: the intake rules run before the ticket is stored and, when one holds, the ticket is stored already marked, with the
    /// mark's history entry and event, in the intake's own transaction (a second transaction per major ticket halved intake when repeat
    /// callers were common). The step to alert on, or null.
    /// </summary>
    private async Task<TicketStep?> MajorAtIntakeAsync(OperationalDbContext db, TicketRecord ticket, DateTimeOffset now, IReadOnlyList<string> categoryNames)
    {
        string? reason;
        try
        {
            reason = await majorRules.IntakeReasonAsync(db, ticket, CancellationToken.None);
        }
#pragma warning disable CA1031 // The ticket must be stored and its number reach the citizen; the sweep applies the same rules later.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogIntakeMajorFailed(logger, ex, Number, ex.Message);
            return null;
        }
        if (reason is null)
            return null;
        var from = ticket.State;
        ticket.Major = true;
        ticket.MajorReason = reason;
        var step = new TicketStep("重大投诉：" + reason, TicketAlertKind.Major);
        AddStep(db, ticket, step, TicketAction.MarkMajor, TicketActor.System.Id, from, now, categoryNames);
        return step;
    }

    private static bool IsSweeper(TicketActor actor) => actor.Roles.Contains(PlatformRole.System);

    private static bool IsDue(long? dueAtUnixMs, DateTimeOffset now) => dueAtUnixMs is { } due && due <= now.ToUnixTimeMilliseconds();

    private async Task NotifyAsync(TicketAlert alert)
    {
        try
        {
            await alerts.NotifyAsync(alert, CancellationToken.None);
        }
#pragma warning disable CA1031 // The change is stored; a sink that fails must not turn it into an error for the caller.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogAlertFailed(logger, ex, alert.Kind, Number, ex.Message);
        }
    }

    private async Task<TicketRecord> LoadAsync(OperationalDbContext db) =>
        await db.Set<TicketRecord>().SingleOrDefaultAsync(t => t.Number == Number) ?? throw new TicketNotFoundException(Number);

    private async Task<TicketSnapshot> SnapshotAsync(OperationalDbContext db, TicketRecord ticket)
    {
        var sources = await db.Set<TicketMergeRecord>().AsNoTracking().Where(m => m.TargetNumber == Number)
            .OrderBy(m => m.AtUnixMs).ThenBy(m => m.SourceNumber).Select(m => m.SourceNumber).ToListAsync();
        // Both kinds of file in one read; the flag says whose they are.
        var files = await db.Set<TicketAttachmentRecord>().AsNoTracking().Where(a => a.TicketNumber == Number)
            .OrderBy(a => a.Id).Select(a => new { a.FromReply, File = new TicketAttachment(a.FileName, a.ContentType, a.Size, a.StoragePath) }).ToListAsync();
        return TicketRecordMapping.ToSnapshot(ticket) with
        {
            MergedSources = sources,
            Attachments = [.. files.Where(f => !f.FromReply).Select(f => f.File)],
            ReplyAttachments = [.. files.Where(f => f.FromReply).Select(f => f.File)],
        };
    }

    private void AddAttachments(OperationalDbContext db, IReadOnlyList<TicketAttachment> attachments, bool fromReply)
    {
        foreach (var attachment in attachments)
        {
            db.Add(new TicketAttachmentRecord
            {
                TicketNumber = Number, FileName = attachment.FileName, ContentType = attachment.ContentType,
                Size = attachment.Size, StoragePath = attachment.StoragePath, FromReply = fromReply,
            });
        }
    }

    private void AddStep(OperationalDbContext db, TicketRecord ticket, TicketStep step, TicketAction action, string actor, string? from, DateTimeOffset at, IReadOnlyList<string> categoryNames)
    {
        if (from is not null)
            ticket.Version++;
        ticket.UpdatedAtUnixMs = at.ToUnixTimeMilliseconds();
        db.Add(new TicketHistoryRecord
        {
            TicketNumber = ticket.Number, Sequence = ticket.Version, Action = TicketActionName.Of(action), Actor = actor,
            AtUnixMs = at.ToUnixTimeMilliseconds(), FromState = from, ToState = ticket.State, Note = step.Note,
        });
        OutboxWriter.Add(db, [TicketEventFactory.For(ticket, TicketEventFactory.KindOf(action), actor, step.Note, at, categoryNames)], clock);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {Number}: the major-complaint rules could not run at intake ({Reason}); the next sweep applies them")]
    private static partial void LogIntakeMajorFailed(ILogger logger, Exception exception, string number, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket alert {Kind} for {Number} was stored but not delivered: {Reason}")]
    private static partial void LogAlertFailed(ILogger logger, Exception exception, TicketAlertKind kind, string number, string reason);
}
