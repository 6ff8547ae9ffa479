using Hotline.Grains.Abstractions.People;
using Hotline.Portal.People;

namespace Hotline.Portal.Tests.Hr;

/// <summary>Reviews for the HR page tests: stored snapshots by key, each step recorded and applied as the grain would, and a refusal to throw when set.</summary>
internal sealed class ScriptedReviews : IPerformanceReviews
{
    private readonly Dictionary<string, ReviewSnapshot> reviews = new(StringComparer.Ordinal);

    public List<(string Action, PeopleActor Actor, string Key, string? Note)> Calls { get; } = [];

    public Exception? Refusal { get; set; }

    public ReviewSnapshot Add(ReviewSnapshot review)
    {
        reviews[review.Id] = review;
        return review;
    }

    public Task<IReadOnlyList<ReviewSnapshot>> ListAsync(PeopleActor actor, string? employee, DateOnly? from, DateOnly? until, CancellationToken cancellationToken)
    {
        Calls.Add(("list", actor, employee ?? "", null));
        return Task.FromResult<IReadOnlyList<ReviewSnapshot>>([.. reviews.Values.Where(r => employee is null || r.Employee == employee)]);
    }

    public Task<ReviewSnapshot> GetAsync(PeopleActor actor, string key) =>
        reviews.TryGetValue(key, out var review) ? Task.FromResult(review) : throw new PeopleNotFoundException($"Review {key} does not exist.");

    public Task<ReviewSnapshot> CommentAsync(PeopleActor actor, string key, string comment) =>
        Step("comment", actor, key, comment, ReviewState.Commented, r => r with { SupervisorComment = comment });

    public Task<ReviewSnapshot> ApproveAsync(PeopleActor actor, string key, string? note) =>
        Step("approve", actor, key, note, ReviewState.Approved, r => r with { HrNote = note });

    public Task<ReviewSnapshot> ReturnAsync(PeopleActor actor, string key, string reason) =>
        Step("return", actor, key, reason, ReviewState.Draft, r => r with { HrNote = reason });

    public Task<ReviewSnapshot> AcknowledgeAsync(PeopleActor actor, string key, string? note) =>
        Step("acknowledge", actor, key, note, ReviewState.Acknowledged, r => r with { EmployeeNote = note });

    private Task<ReviewSnapshot> Step(string action, PeopleActor actor, string key, string? note, ReviewState to, Func<ReviewSnapshot, ReviewSnapshot> change)
    {
        Calls.Add((action, actor, key, note));
        if (Refusal is not null)
            throw Refusal;
        var review = change(reviews[key]) with { State = to };
        review = review with { Steps = [.. review.Steps, new ReviewStep(action, actor.Id, DateTimeOffset.UnixEpoch, to, note)] };
        reviews[key] = review;
        return Task.FromResult(review);
    }
}
