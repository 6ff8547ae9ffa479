using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Training;

/// <summary>Lists exam attempts from the attempts table for the grading queue and an exam's results.</summary>
internal static class ExamAttemptQuery
{
    /// <summary>The attempts that match <paramref name="filter"/>, submitted ones first and the earliest submission first.</summary>
    public static async Task<IReadOnlyList<ExamAttemptSummary>> ListAsync(PeopleDbContext db, ExamAttemptFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Limit is < 1 or > ExamAttemptFilter.MaxLimit)
            throw new PeopleValidationException($"An attempt list holds 1–{ExamAttemptFilter.MaxLimit} attempts; {filter.Limit} was asked for.");
        var rows = db.Attempts.AsNoTracking();
        if (filter.State is { } state)
        {
            var name = state.ToString();
            rows = rows.Where(a => a.State == name);
        }

        if (!string.IsNullOrEmpty(filter.ExamId))
            rows = rows.Where(a => a.ExamId == filter.ExamId);
        if (!string.IsNullOrEmpty(filter.Employee))
            rows = rows.Where(a => a.Employee == filter.Employee);
        // SQLite and PostgreSQL put NULLs at opposite ends, so "not yet submitted" is ordered explicitly.
        var found = await rows.OrderBy(a => a.SubmittedAtUnixMs == null).ThenBy(a => a.SubmittedAtUnixMs).ThenBy(a => a.StartedAtUnixMs).ThenBy(a => a.Id)
            .Take(filter.Limit).ToListAsync(cancellationToken);
        var examIds = found.Select(a => a.ExamId).Distinct().ToList();
        var titles = (await db.Exams.AsNoTracking().Where(e => examIds.Contains(e.Id)).ToListAsync(cancellationToken))
            .ToDictionary(e => e.Id, e => PeopleJson.Read<Exam>(e.Document).Title, StringComparer.Ordinal);
        return found.Select(a => Summarise(a, titles.GetValueOrDefault(a.ExamId, a.ExamId))).ToList();
    }

    private static ExamAttemptSummary Summarise(ExamAttemptRecord row, string examTitle) => new()
    {
        AttemptId = row.Id, ExamId = row.ExamId, ExamTitle = examTitle, Employee = row.Employee, State = Enum.Parse<ExamAttemptState>(row.State),
        StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(row.StartedAtUnixMs),
        SubmittedAt = row.SubmittedAtUnixMs is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : null,
        Score = row.Score, MaxScore = row.MaxScore,
        Ungraded = PeopleJson.Read<List<QuestionResult>>(row.Results).Count(r => r.Kind == QuestionKind.ShortAnswer && r.Awarded is null),
    };
}
