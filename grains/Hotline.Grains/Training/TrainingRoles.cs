using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Training;

/// <summary>Which roles do what in training (administrators may do everything).</summary>
public static class TrainingRoles
{
    /// <summary>Define questions, courses and exams; grade short answers; record course completions.</summary>
    public static IReadOnlyList<string> Trainers { get; } = [PlatformRole.Trainer, PlatformRole.QaLead];

    /// <summary>Set onboarding plans.</summary>
    public static IReadOnlyList<string> Planners { get; } = [PlatformRole.Trainer, PlatformRole.QaLead, PlatformRole.Hr];

    /// <summary>Read anyone's attempts, progress and archive (the system reads exam results when it drafts reviews).</summary>
    public static IReadOnlyList<string> Readers { get; } =
        [PlatformRole.Trainer, PlatformRole.QaLead, PlatformRole.Hr, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.System];

    /// <summary>Throws unless the actor holds one of <paramref name="roles"/>.</summary>
    public static void Require(PeopleActor actor, IReadOnlyList<string> roles, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(roles);
        if (!actor.HasAnyRole(roles))
            throw new PeopleAccessException($"{actor} may not {action}; that needs one of the roles {string.Join(", ", roles)}.");
    }

    /// <summary>Throws unless the actor is <paramref name="employee"/> or may read anyone's records.</summary>
    public static void RequireSelfOrReader(PeopleActor actor, string employee, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!string.Equals(actor.Id, employee, StringComparison.Ordinal) && !actor.HasAnyRole(Readers))
            throw new PeopleAccessException($"{actor} may not {action} of {employee}; only the employee and {string.Join(", ", Readers)} may.");
    }
}
