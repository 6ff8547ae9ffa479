using Hotline.Grains.Abstractions.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>Reads the libraries and classification codes that articles are checked against.</summary>
public static class KnowledgeReferenceData
{
    /// <summary>The library <paramref name="libraryId"/>.</summary>
    /// <exception cref="KnowledgeNotFoundException">No library has this id.</exception>
    public static async Task<KnowledgeLibrary> LibraryAsync(KnowledgeDbContext db, string libraryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Libraries.AsNoTracking().SingleOrDefaultAsync(l => l.Id == libraryId, cancellationToken)
            ?? throw new KnowledgeNotFoundException($"There is no knowledge library '{libraryId}'.");
        return KnowledgeRecordMapping.ToLibrary(row);
    }

    /// <summary>Every library, by id.</summary>
    public static async Task<IReadOnlyDictionary<string, KnowledgeLibrary>> LibrariesAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Libraries.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(KnowledgeRecordMapping.ToLibrary).ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <summary>Every classification code.</summary>
    public static async Task<IReadOnlySet<string>> CodesAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.Codes.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }
}
