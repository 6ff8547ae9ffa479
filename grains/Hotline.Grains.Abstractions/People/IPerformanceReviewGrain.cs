namespace Hotline.Grains.Abstractions.People;

/// <summary>
/// One performance review (key: <see cref="ReviewKey.For"/>): the system drafts it from the figures the host gathered, a supervisor
/// comments, HR approves (or returns it to the supervisor), the employee acknowledges. Each step checks the actor's roles.
/// </summary>
/// <remarks>Throws <see cref="PeopleAccessException"/>, <see cref="PeopleWorkflowException"/>, <see cref="PeopleNotFoundException"/> or
/// <see cref="PeopleValidationException"/>.</remarks>
public interface IPerformanceReviewGrain : IGrainWithStringKey
{
    /// <summary>Scores the figures against the role's KPI scheme and stores the draft; the system or HR may draft, and may redraft while still a draft.</summary>
    Task<ReviewSnapshot> DraftAsync(PeopleActor actor, string employee, string role, DateOnly from, DateOnly until, IReadOnlyList<KpiFigure> figures);

    /// <summary>A supervisor or manager (not the employee) comments on a draft or returned review.</summary>
    Task<ReviewSnapshot> CommentAsync(PeopleActor actor, string comment);

    /// <summary>HR approves a commented review.</summary>
    Task<ReviewSnapshot> ApproveAsync(PeopleActor actor, string? note);

    /// <summary>HR sends a commented review back to the supervisor with the reason.</summary>
    Task<ReviewSnapshot> ReturnAsync(PeopleActor actor, string reason);

    /// <summary>The employee acknowledges an approved review (only the employee may).</summary>
    Task<ReviewSnapshot> AcknowledgeAsync(PeopleActor actor, string? note);

    /// <summary>The review, for the employee (once approved), supervisors, managers, HR and administrators.</summary>
    Task<ReviewSnapshot> GetAsync(PeopleActor actor);
}
