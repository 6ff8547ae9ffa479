using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Reviews;

/// <summary>One performance review: scores the host's figures against the role's scheme and runs draft → commented → approved → acknowledged with a role check on each step.</summary>
public sealed class PerformanceReviewGrain(IDbContextFactory<PeopleDbContext> contexts, TimeProvider clock) : Grain, IPerformanceReviewGrain
{
    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<ReviewSnapshot> DraftAsync(PeopleActor actor, string employee, string role, DateOnly from, DateOnly until, IReadOnlyList<KpiFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(figures);
        if (string.IsNullOrWhiteSpace(employee))
            throw new PeopleValidationException("The review's employee is empty.");
        if (string.IsNullOrWhiteSpace(role))
            throw new PeopleValidationException($"The review of {employee} has no role.");
        ReviewPolicy.RequireDrafter(actor, employee);
        if (until < from)
            throw new PeopleValidationException($"The review period {from:yyyy-MM-dd} … {until:yyyy-MM-dd} ends before it starts.");
        if (ReviewKey.For(employee, from, until) != Id)
            throw new PeopleValidationException($"Review {Id} cannot hold the review of {employee} for {from:yyyy-MM-dd} … {until:yyyy-MM-dd}; use ReviewKey.For.");
        var outside = figures.FirstOrDefault(f => f.From < from || f.To > until || f.To < f.From);
        if (outside is not null)
            throw new PeopleValidationException($"The {outside.Kind} figure covers {outside.From:yyyy-MM-dd} … {outside.To:yyyy-MM-dd}, outside the review period {from:yyyy-MM-dd} … {until:yyyy-MM-dd}.");

        await using var db = await contexts.CreateDbContextAsync();
        var row = await db.Reviews.FirstOrDefaultAsync(r => r.Id == Id);
        var previous = row is null ? null : PeopleJson.Read<ReviewSnapshot>(row.Document);
        if (previous is not null && previous.State != ReviewState.Draft)
            throw new PeopleWorkflowException($"Review {Id} is {previous.State}; only a draft can be redrafted.");
        var scheme = await ReviewCatalog.SchemeAsync(db, role, CancellationToken.None);
        var scores = KpiScorer.Score(scheme, figures);
        var review = new ReviewSnapshot
        {
            Id = Id, Employee = employee, Role = role, From = from, To = until, State = ReviewState.Draft, Scores = scores, Total = KpiScorer.Total(scores),
            SupervisorComment = previous?.SupervisorComment, HrNote = previous?.HrNote,
            Steps = [.. previous?.Steps ?? [], new ReviewStep(previous is null ? "draft" : "redraft", actor.Id, clock.GetUtcNow(), ReviewState.Draft, null)],
        };
        if (row is null)
        {
            row = new ReviewRecord
            {
                Id = Id, Employee = employee, Role = role, FromDay = from.DayNumber, ToDay = until.DayNumber, State = "", Document = "",
            };
            db.Reviews.Add(row);
        }

        return await SaveAsync(db, row, review);
    }

    /// <inheritdoc />
    public async Task<ReviewSnapshot> CommentAsync(PeopleActor actor, string comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
            throw new PeopleValidationException($"The supervisor's comment on review {Id} is empty.");
        return await StepAsync(actor, "comment", ReviewState.Draft, ReviewState.Commented, comment,
            (review, a) => ReviewPolicy.RequireCommenter(a, review.Employee), review => review with { SupervisorComment = comment });
    }

    /// <inheritdoc />
    public Task<ReviewSnapshot> ApproveAsync(PeopleActor actor, string? note) =>
        StepAsync(actor, "approve", ReviewState.Commented, ReviewState.Approved, note,
            (review, a) => ReviewPolicy.RequireApprover(a, review.Employee), review => review with { HrNote = note });

    /// <inheritdoc />
    public async Task<ReviewSnapshot> ReturnAsync(PeopleActor actor, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new PeopleValidationException($"Returning review {Id} needs a reason.");
        return await StepAsync(actor, "return", ReviewState.Commented, ReviewState.Draft, reason,
            (review, a) => ReviewPolicy.RequireApprover(a, review.Employee), review => review with { HrNote = reason });
    }

    /// <inheritdoc />
    public Task<ReviewSnapshot> AcknowledgeAsync(PeopleActor actor, string? note) =>
        StepAsync(actor, "acknowledge", ReviewState.Approved, ReviewState.Acknowledged, note,
            (review, a) => ReviewPolicy.RequireEmployee(a, review.Employee), review => review with { EmployeeNote = note });

    /// <inheritdoc />
    public async Task<ReviewSnapshot> GetAsync(PeopleActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (_, review) = await LoadAsync(db);
        if (!ReviewPolicy.CanRead(actor, review.Employee, review.State))
            throw new PeopleAccessException($"{actor} may not read review {Id} in state {review.State}.");
        return review;
    }

    private async Task<ReviewSnapshot> StepAsync(PeopleActor actor, string action, ReviewState from, ReviewState to, string? note,
        Action<ReviewSnapshot, PeopleActor> check, Func<ReviewSnapshot, ReviewSnapshot> change)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (row, review) = await LoadAsync(db);
        check(review, actor);
        if (review.State != from)
            throw new PeopleWorkflowException($"Review {Id} is {review.State}; '{action}' needs it {from}.");
        var now = clock.GetUtcNow();
        var next = change(review) with { State = to, Steps = [.. review.Steps, new ReviewStep(action, actor.Id, now, to, note)] };
        if (to == ReviewState.Approved)
        {
            await ArchiveWriter.PutAsync(db, new ArchiveEntry
            {
                Employee = review.Employee, At = now, Kind = ArchiveEntryKind.Review, Title = ArchiveTitles.Review(review.From, review.To),
                Reference = Id, Score = review.Total, Detail = review.SupervisorComment ?? "",
            }, CancellationToken.None);
        }

        return await SaveAsync(db, row, next);
    }

    private async Task<(ReviewRecord Row, ReviewSnapshot Review)> LoadAsync(PeopleDbContext db)
    {
        var row = await db.Reviews.FirstOrDefaultAsync(r => r.Id == Id) ?? throw new PeopleNotFoundException($"Review {Id} has not been drafted.");
        return (row, PeopleJson.Read<ReviewSnapshot>(row.Document));
    }

    private static async Task<ReviewSnapshot> SaveAsync(PeopleDbContext db, ReviewRecord row, ReviewSnapshot review)
    {
        row.State = review.State.ToString();
        row.Role = review.Role;
        row.Document = PeopleJson.Write(review);
        await db.SaveChangesAsync();
        return review;
    }
}
