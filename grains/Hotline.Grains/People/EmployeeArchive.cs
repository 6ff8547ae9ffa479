using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Training;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.People;

/// <summary>The employee archive on the people tables: entries written by onboarding, course completions, exams, reviews and the host's QA feed.</summary>
public sealed class EmployeeArchive(IDbContextFactory<PeopleDbContext> contexts) : IEmployeeArchive
{
    private static readonly string[] QaRecorders = [PlatformRole.System, PlatformRole.QaLead, PlatformRole.Inspector];

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArchiveEntry>> GetTimelineAsync(PeopleActor actor, string employee, CancellationToken cancellationToken)
    {
        TrainingRoles.RequireSelfOrReader(actor, employee, "read the archive");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Archive.AsNoTracking().Where(a => a.Employee == employee).OrderBy(a => a.AtUnixMs).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new ArchiveEntry
        {
            Employee = r.Employee, At = DateTimeOffset.FromUnixTimeMilliseconds(r.AtUnixMs), Kind = Enum.Parse<ArchiveEntryKind>(r.Kind),
            Title = r.Title, Reference = r.Reference, Score = r.Score, Detail = r.Detail,
        }).ToList();
    }

    /// <inheritdoc />
    public async Task RecordQaAsync(PeopleActor actor, string employee, string callId, DateTimeOffset at, double score, string detail, CancellationToken cancellationToken)
    {
        TrainingRoles.Require(actor, QaRecorders, "record QA results");
        if (string.IsNullOrWhiteSpace(employee) || string.IsNullOrWhiteSpace(callId))
            throw new PeopleValidationException($"A QA result needs an employee and a call id (got '{employee}', '{callId}').");
        if (!double.IsFinite(score) || score < 0 || score > 100)
            throw new PeopleValidationException($"The QA score of call {callId} is {score}; it must be 0–100.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await ArchiveWriter.PutAsync(db, new ArchiveEntry
        {
            Employee = employee, At = at, Kind = ArchiveEntryKind.Qa, Title = ArchiveTitles.Qa(callId), Reference = callId, Score = score, Detail = detail ?? "",
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
