using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>The performance reviews as the HR pages use them: listing and each workflow step, for a signed-in actor (the review grain checks every step's roles).</summary>
public interface IPerformanceReviews
{
    /// <summary>Reviews whose period overlaps [from, until], optionally of one employee; HR, supervisors and managers see all, others their own.</summary>
    Task<IReadOnlyList<ReviewSnapshot>> ListAsync(PeopleActor actor, string? employee, DateOnly? from, DateOnly? until, CancellationToken cancellationToken);

    /// <summary>One review by its key (<see cref="ReviewKey.For"/>).</summary>
    Task<ReviewSnapshot> GetAsync(PeopleActor actor, string key);

    /// <summary>A supervisor's or manager's comment on a draft.</summary>
    Task<ReviewSnapshot> CommentAsync(PeopleActor actor, string key, string comment);

    /// <summary>HR approves a commented review.</summary>
    Task<ReviewSnapshot> ApproveAsync(PeopleActor actor, string key, string? note);

    /// <summary>HR sends a commented review back with the reason.</summary>
    Task<ReviewSnapshot> ReturnAsync(PeopleActor actor, string key, string reason);

    /// <summary>The employee acknowledges an approved review.</summary>
    Task<ReviewSnapshot> AcknowledgeAsync(PeopleActor actor, string key, string? note);
}
