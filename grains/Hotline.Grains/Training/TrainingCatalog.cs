using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Training;

/// <summary>The question bank, courses, exams and onboarding plans on the people tables.</summary>
public sealed class TrainingCatalog(IDbContextFactory<PeopleDbContext> contexts, TimeProvider clock) : ITrainingCatalog
{
    /// <inheritdoc />
    public async Task<Question> SaveQuestionAsync(PeopleActor actor, Question question, CancellationToken cancellationToken)
    {
        TrainingRoles.Require(actor, TrainingRoles.Trainers, "edit the question bank");
        var normalised = QuestionValidator.Normalise(question);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await DocumentUpsert.PutAsync(db.Questions, q => q.Id == normalised.Id, () => new QuestionRecord { Id = normalised.Id, Document = "" }, normalised, cancellationToken);
        row.Topic = normalised.Topic;
        await db.SaveChangesAsync(cancellationToken);
        return normalised;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Question>> GetQuestionsAsync(PeopleActor actor, string? topic, CancellationToken cancellationToken)
    {
        TrainingRoles.Require(actor, TrainingRoles.Trainers, "read the question bank");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Questions.AsNoTracking();
        if (!string.IsNullOrEmpty(topic))
            rows = rows.Where(q => q.Topic == topic);
        return (await rows.OrderBy(q => q.Id).ToListAsync(cancellationToken)).Select(r => PeopleJson.Read<Question>(r.Document)).ToList();
    }

    /// <inheritdoc />
    public async Task<Course> SaveCourseAsync(PeopleActor actor, Course course, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(course);
        TrainingRoles.Require(actor, TrainingRoles.Trainers, "edit courses");
        if (string.IsNullOrWhiteSpace(course.Id) || string.IsNullOrWhiteSpace(course.Title))
            throw new PeopleValidationException($"Course '{course.Id}' needs an id and a title.");
        if (course.ArticleIds.Count + course.CaseCallIds.Count == 0)
            throw new PeopleValidationException($"Course {course.Id} names no knowledge article and no typical case.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await DocumentUpsert.PutAsync(db.Courses, c => c.Id == course.Id, () => new CourseRecord { Id = course.Id, Document = "" }, course, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return course;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Course>> GetCoursesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Courses.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(r => PeopleJson.Read<Course>(r.Document)).ToList();
    }

    /// <inheritdoc />
    public async Task<Exam> SaveExamAsync(PeopleActor actor, Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        TrainingRoles.Require(actor, TrainingRoles.Trainers, "edit exams");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = exam.QuestionIds.ToList();
        var known = (await db.Questions.Where(q => ids.Contains(q.Id)).Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        ExamValidator.Validate(exam, known);
        if (exam.CourseId is { } courseId && !await db.Courses.AnyAsync(c => c.Id == courseId, cancellationToken))
            throw new PeopleNotFoundException($"Exam {exam.Id} belongs to course {courseId}, which does not exist.");
        await DocumentUpsert.PutAsync(db.Exams, e => e.Id == exam.Id, () => new ExamRecord { Id = exam.Id, Document = "" }, exam, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return exam;
    }

    /// <inheritdoc />
    public async Task<Exam> GetExamAsync(string examId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ExamAsync(db, examId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Exam>> GetExamsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Exams.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken)).Select(r => PeopleJson.Read<Exam>(r.Document)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExamAttemptSummary>> GetAttemptsAsync(PeopleActor actor, ExamAttemptFilter filter, CancellationToken cancellationToken)
    {
        TrainingRoles.Require(actor, TrainingRoles.Readers, "list exam attempts");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ExamAttemptQuery.ListAsync(db, filter, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordCourseCompletedAsync(PeopleActor actor, string employee, string courseId, CancellationToken cancellationToken)
    {
        TrainingRoles.Require(actor, TrainingRoles.Trainers, "record course completions");
        if (string.IsNullOrWhiteSpace(employee))
            throw new PeopleValidationException("The employee who completed the course is empty.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken)
            ?? throw new PeopleNotFoundException($"Course {courseId} does not exist.");
        var course = PeopleJson.Read<Course>(row.Document);
        await ArchiveWriter.PutAsync(db, new ArchiveEntry
        {
            Employee = employee, At = clock.GetUtcNow(), Kind = ArchiveEntryKind.Course, Title = ArchiveTitles.Course(course.Title),
            Reference = course.Id, Detail = actor.Id,
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OnboardingPlan> SavePlanAsync(PeopleActor actor, OnboardingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        TrainingRoles.Require(actor, TrainingRoles.Planners, "set onboarding plans");
        if (string.IsNullOrWhiteSpace(plan.Employee) || string.IsNullOrWhiteSpace(plan.Role))
            throw new PeopleValidationException($"The onboarding plan of '{plan.Employee}' needs an employee and a role.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var item in plan.Items)
        {
            if (item.Due < plan.StartDate)
                throw new PeopleValidationException($"Item {item.Kind} {item.ReferenceId} of {plan.Employee}'s plan is due {item.Due:yyyy-MM-dd}, before the start {plan.StartDate:yyyy-MM-dd}.");
            var exists = item.Kind == OnboardingItemKind.Course
                ? await db.Courses.AnyAsync(c => c.Id == item.ReferenceId, cancellationToken)
                : await db.Exams.AnyAsync(e => e.Id == item.ReferenceId, cancellationToken);
            if (!exists)
                throw new PeopleNotFoundException($"{plan.Employee}'s plan names {item.Kind} {item.ReferenceId}, which does not exist.");
        }

        var row = await db.Plans.FirstOrDefaultAsync(p => p.Employee == plan.Employee, cancellationToken);
        if (row is null)
        {
            row = new OnboardingPlanRecord { Employee = plan.Employee, Role = plan.Role, Document = "" };
            db.Plans.Add(row);
            var start = new DateTimeOffset(plan.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            await ArchiveWriter.PutAsync(db, new ArchiveEntry
            {
                Employee = plan.Employee, At = start, Kind = ArchiveEntryKind.Onboarding, Title = ArchiveTitles.Onboarding(plan.Items.Count),
                Reference = plan.Employee, Detail = plan.Role,
            }, cancellationToken);
        }

        row.Role = plan.Role;
        row.Document = PeopleJson.Write(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <inheritdoc />
    public async Task<OnboardingProgress> GetProgressAsync(PeopleActor actor, string employee, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        TrainingRoles.RequireSelfOrReader(actor, employee, "read the onboarding plan");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Employee == employee, cancellationToken)
            ?? throw new PeopleNotFoundException($"{employee} has no onboarding plan.");
        var plan = PeopleJson.Read<OnboardingPlan>(row.Document);
        var courseKind = nameof(ArchiveEntryKind.Course);
        var courses = await db.Archive.AsNoTracking().Where(a => a.Employee == employee && a.Kind == courseKind)
            .ToDictionaryAsync(a => a.Reference, a => a.AtUnixMs, StringComparer.Ordinal, cancellationToken);
        var passed = await PassedExamsAsync(db, employee, cancellationToken);
        var items = plan.Items.Select(item =>
        {
            long? done = item.Kind == OnboardingItemKind.Course
                ? courses.TryGetValue(item.ReferenceId, out var c) ? c : null
                : passed.TryGetValue(item.ReferenceId, out var e) ? e : null;
            var doneAt = done is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
            return new OnboardingItemProgress(item, doneAt, doneAt is null && today > item.Due);
        }).ToList();
        return new OnboardingProgress(plan, items);
    }

    /// <summary>The exam by id, or <see cref="PeopleNotFoundException"/>.</summary>
    internal static async Task<Exam> ExamAsync(PeopleDbContext db, string examId, CancellationToken cancellationToken)
    {
        var row = await db.Exams.AsNoTracking().FirstOrDefaultAsync(e => e.Id == examId, cancellationToken)
            ?? throw new PeopleNotFoundException($"Exam {examId} does not exist.");
        return PeopleJson.Read<Exam>(row.Document);
    }

    /// <summary>The bank's questions of <paramref name="ids"/> by id.</summary>
    internal static async Task<IReadOnlyDictionary<string, Question>> QuestionsAsync(PeopleDbContext db, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var rows = await db.Questions.AsNoTracking().Where(q => wanted.Contains(q.Id)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => PeopleJson.Read<Question>(r.Document), StringComparer.Ordinal);
    }

    // Exam id → when the employee first passed it: the earliest graded attempt at or above the pass mark.
    private static async Task<Dictionary<string, long>> PassedExamsAsync(PeopleDbContext db, string employee, CancellationToken cancellationToken)
    {
        var graded = nameof(ExamAttemptState.Graded);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.Employee == employee && a.State == graded).ToListAsync(cancellationToken);
        var passed = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            var exam = await ExamAsync(db, attempt.ExamId, cancellationToken);
            var percent = attempt.MaxScore <= 0 ? 0 : attempt.Score / attempt.MaxScore * 100;
            var at = attempt.SubmittedAtUnixMs ?? attempt.StartedAtUnixMs;
            if (percent >= exam.PassPercent && (!passed.TryGetValue(exam.Id, out var first) || at < first))
                passed[exam.Id] = at;
        }

        return passed;
    }
}
