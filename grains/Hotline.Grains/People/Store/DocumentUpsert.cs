using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.People.Store;

/// <summary>Adds or replaces a document row by its key within the caller's unit of work.</summary>
public static class DocumentUpsert
{
    /// <summary>The row matching <paramref name="key"/> (or a new one from <paramref name="create"/>) with <paramref name="value"/> as its document; the caller sets other columns and saves.</summary>
    public static async Task<TRecord> PutAsync<TRecord, TValue>(DbSet<TRecord> rows, Expression<Func<TRecord, bool>> key, Func<TRecord> create, TValue value,
        CancellationToken cancellationToken)
        where TRecord : class, IDocumentRecord
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(create);
        var row = await rows.FirstOrDefaultAsync(key, cancellationToken);
        if (row is null)
        {
            row = create();
            rows.Add(row);
        }

        row.Document = PeopleJson.Write(value);
        return row;
    }
}
