namespace Hotline.Grains.Abstractions.People;

/// <summary>The employee archive (人员档案) from onboarding on: training, exams, QA and reviews in one timeline.</summary>
public interface IEmployeeArchive
{
    /// <summary>The employee's entries, oldest first; the employee, supervisors, managers, trainers, QA leads and HR may read it.</summary>
    Task<IReadOnlyList<ArchiveEntry>> GetTimelineAsync(PeopleActor actor, string employee, CancellationToken cancellationToken);

    /// <summary>The host (or a QA lead) records a QA result of the employee's call; a second record for the same call replaces the first.</summary>
    Task RecordQaAsync(PeopleActor actor, string employee, string callId, DateTimeOffset at, double score, string detail, CancellationToken cancellationToken);
}
