using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Deadlines;
using Hotline.Grains.Tickets.Numbering;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets;

/// <summary>Takes contacts from every channel: validates (category against the tree), numbers and creates the ticket through its grain, and answers a
/// delivery already taken in with its first ticket.</summary>
public sealed class TicketIntake(
    IGrainFactory grains,
    IDbContextFactory<OperationalDbContext> contexts,
    TicketDeadlines deadlines,
    TicketCategoryCache categories,
    TimeProvider clock) : ITicketIntake
{
    /// <inheritdoc />
    public async Task<TicketReceipt> SubmitAsync(TicketSubmission submission, CancellationToken cancellationToken)
    {
        TicketSubmissionValidator.Validate(submission);
        // No look-up of the delivery's key first: the key's unique index refuses a second delivery inside the ticket's own transaction, and only
        // then is the first delivery's ticket read back. Retries are rare, so every first delivery saves a query; a retry costs a number, which
        // only leaves a gap (numbers are never reused).
        var now = clock.GetUtcNow();
        DateTimeOffset deadline;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            (await categories.GetAsync(db, cancellationToken)).Validate(submission.CategoryCode);
            deadline = submission.RequestedDeadline ?? await deadlines.DeadlineForAsync(db, submission.Type, submission.CategoryCode, now, cancellationToken);
        }
        var number = await grains.GetGrain<ITicketNumberGrain>(TicketNumberFormat.DayOf(now)).NextAsync();
        try
        {
            await grains.GetGrain<ITicketGrain>(number).CreateAsync(submission, deadline);
        }
        catch (DbUpdateException)
        {
            // A delivery with the same key, earlier or concurrent, holds the unique index; answer with its ticket.
            var winner = await FindReplayAsync(submission, cancellationToken);
            if (winner is null)
                throw;
            return winner;
        }
        return new TicketReceipt(number, true, deadline);
    }

    /// <inheritdoc />
    public async Task<CitizenTicketView?> FindForCitizenAsync(string number, string phone, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(phone))
            return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Set<TicketRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null || !string.Equals(ticket.CitizenPhone, phone, StringComparison.Ordinal))
            return null;
        return await TicketCitizenViews.BuildAsync(db, ticket, cancellationToken);
    }

    private async Task<TicketReceipt?> FindReplayAsync(TicketSubmission submission, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channel = submission.Channel.ToString();
        var number = await db.Set<TicketIdempotencyRecord>().AsNoTracking()
            .Where(k => k.Channel == channel && k.IdempotencyKey == submission.IdempotencyKey)
            .Select(k => k.TicketNumber).SingleOrDefaultAsync(cancellationToken);
        if (number is null)
            return null;
        var deadline = await db.Set<TicketRecord>().Where(t => t.Number == number).Select(t => t.DeadlineUnixMs).SingleAsync(cancellationToken);
        return new TicketReceipt(number, false, DateTimeOffset.FromUnixTimeMilliseconds(deadline));
    }
}
