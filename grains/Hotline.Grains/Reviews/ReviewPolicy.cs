using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Reviews;

/// <summary>Who may take each step of a review: the system or HR drafts, a supervisor or manager comments, HR approves or returns, the employee acknowledges; nobody reviews themselves.</summary>
public static class ReviewPolicy
{
    /// <summary>Roles that may draft.</summary>
    public static IReadOnlyList<string> Drafters { get; } = [PlatformRole.System, PlatformRole.Hr];

    /// <summary>Roles that may comment.</summary>
    public static IReadOnlyList<string> Commenters { get; } = [PlatformRole.Supervisor, PlatformRole.Manager];

    /// <summary>Roles that may approve or return.</summary>
    public static IReadOnlyList<string> Approvers { get; } = [PlatformRole.Hr];

    /// <summary>Roles that may read every review.</summary>
    public static IReadOnlyList<string> Readers { get; } = [PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Hr];

    /// <summary>Throws unless the actor may draft a review of <paramref name="employee"/>.</summary>
    public static void RequireDrafter(PeopleActor actor, string employee) => Require(actor, employee, Drafters, "draft");

    /// <summary>Throws unless the actor may comment on a review of <paramref name="employee"/>.</summary>
    public static void RequireCommenter(PeopleActor actor, string employee) => Require(actor, employee, Commenters, "comment on");

    /// <summary>Throws unless the actor may approve or return a review of <paramref name="employee"/>.</summary>
    public static void RequireApprover(PeopleActor actor, string employee) => Require(actor, employee, Approvers, "approve");

    /// <summary>Throws unless the actor is the employee.</summary>
    public static void RequireEmployee(PeopleActor actor, string employee)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!string.Equals(actor.Id, employee, StringComparison.Ordinal))
            throw new PeopleAccessException($"{actor} may not acknowledge the review of {employee}: only the employee acknowledges.");
    }

    /// <summary>Whether the actor may read a review of <paramref name="employee"/> in <paramref name="state"/>: the employee once HR approved it.</summary>
    public static bool CanRead(PeopleActor actor, string employee, ReviewState state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.HasAnyRole(Readers))
            return true;
        return string.Equals(actor.Id, employee, StringComparison.Ordinal) && state >= ReviewState.Approved;
    }

    private static void Require(PeopleActor actor, string employee, IReadOnlyList<string> roles, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.HasAnyRole(roles))
            throw new PeopleAccessException($"{actor} may not {action} a review; that needs one of the roles {string.Join(", ", roles)}.");
        if (string.Equals(actor.Id, employee, StringComparison.Ordinal))
            throw new PeopleAccessException($"{actor} may not {action} their own review.");
    }
}
