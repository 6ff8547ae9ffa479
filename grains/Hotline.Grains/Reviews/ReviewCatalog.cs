using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Reviews;

/// <summary>The KPI schemes (stored per role, defaults seeded) and review lists, on the people tables.</summary>
public sealed class ReviewCatalog(IDbContextFactory<PeopleDbContext> contexts, TimeProvider clock) : IReviewCatalog
{
    private static readonly string[] SchemeEditors = [PlatformRole.Hr];

    /// <inheritdoc />
    public async Task<KpiScheme> GetSchemeAsync(string role, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SchemeAsync(db, role, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KpiScheme>> GetSchemesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.KpiSchemes.OrderBy(s => s.Role).ToListAsync(cancellationToken);
        return rows.Select(r => PeopleJson.Read<KpiScheme>(r.Document)).ToList();
    }

    /// <inheritdoc />
    public async Task<KpiScheme> SaveSchemeAsync(PeopleActor actor, KpiScheme scheme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.HasAnyRole(SchemeEditors))
            throw new PeopleAccessException($"{actor} may not change KPI schemes; that needs the role {PlatformRole.Hr}.");
        KpiSchemeValidator.Validate(scheme);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await DocumentUpsert.PutAsync(db.KpiSchemes, s => s.Role == scheme.Role, () => new KpiSchemeRecord { Role = scheme.Role, Document = "" }, scheme, cancellationToken);
        row.UpdatedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken);
        return scheme;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewSnapshot>> ListAsync(PeopleActor actor, string? employee, DateOnly? from, DateOnly? until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Reviews.AsNoTracking();
        if (!actor.HasAnyRole(ReviewPolicy.Readers))
        {
            // Others see their own reviews once HR approved them.
            var approved = new[] { nameof(ReviewState.Approved), nameof(ReviewState.Acknowledged) };
            rows = rows.Where(r => r.Employee == actor.Id && approved.Contains(r.State));
        }

        if (!string.IsNullOrEmpty(employee))
            rows = rows.Where(r => r.Employee == employee);
        if (from is { } start)
            rows = rows.Where(r => r.ToDay >= start.DayNumber);
        if (until is { } end)
            rows = rows.Where(r => r.FromDay <= end.DayNumber);

        var list = await rows.OrderBy(r => r.FromDay).ThenBy(r => r.Employee).ToListAsync(cancellationToken);
        return list.Select(r => PeopleJson.Read<ReviewSnapshot>(r.Document)).ToList();
    }

    /// <summary>The stored scheme of <paramref name="role"/>, else the stored agent scheme, else the built-in default.</summary>
    internal static async Task<KpiScheme> SchemeAsync(PeopleDbContext db, string role, CancellationToken cancellationToken)
    {
        var row = await db.KpiSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Role == role, cancellationToken)
            ?? await db.KpiSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Role == PlatformRole.Agent, cancellationToken);
        return row is null ? KpiDefaults.Agent : PeopleJson.Read<KpiScheme>(row.Document);
    }
}
