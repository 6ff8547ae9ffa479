namespace Hotline.Grains.Abstractions.People;

/// <summary>The KPI schemes per role (stored as data, with defaults) and the list of reviews.</summary>
public interface IReviewCatalog
{
    /// <summary>The role's scheme; the default agent scheme for a role with none.</summary>
    Task<KpiScheme> GetSchemeAsync(string role, CancellationToken cancellationToken);

    /// <summary>Every stored scheme.</summary>
    Task<IReadOnlyList<KpiScheme>> GetSchemesAsync(CancellationToken cancellationToken);

    /// <summary>HR or an administrator replaces a role's scheme; the weights must sum to 1 and each kind appear once.</summary>
    Task<KpiScheme> SaveSchemeAsync(PeopleActor actor, KpiScheme scheme, CancellationToken cancellationToken);

    /// <summary>Reviews, optionally of one employee or whose period overlaps [from, until]; supervisors, managers, HR and administrators see all, others their own.</summary>
    Task<IReadOnlyList<ReviewSnapshot>> ListAsync(PeopleActor actor, string? employee, DateOnly? from, DateOnly? until, CancellationToken cancellationToken);
}
