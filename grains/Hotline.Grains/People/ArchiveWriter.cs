using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.People;

/// <summary>Adds an entry to the employee archive inside the caller's unit of work, replacing the entry of the same employee, kind and reference.</summary>
public static class ArchiveWriter
{
    /// <summary>Stages <paramref name="entry"/> on <paramref name="db"/>; the caller saves.</summary>
    public static async Task PutAsync(PeopleDbContext db, ArchiveEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entry);
        var kind = entry.Kind.ToString();
        var row = await db.Archive.FirstOrDefaultAsync(a => a.Employee == entry.Employee && a.Kind == kind && a.Reference == entry.Reference, cancellationToken);
        if (row is null)
        {
            row = new ArchiveRecord { Employee = entry.Employee, Kind = kind, Reference = entry.Reference, Title = entry.Title };
            db.Archive.Add(row);
        }

        row.AtUnixMs = entry.At.ToUnixTimeMilliseconds();
        row.Title = entry.Title;
        row.Score = entry.Score;
        row.Detail = entry.Detail;
    }
}
