using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Training;

/// <summary>One exam attempt: the paper is drawn once from the attempt's seed and stored with the questions as they were, so later bank edits change nothing here.</summary>
public sealed class ExamAttemptGrain(IDbContextFactory<PeopleDbContext> contexts, TimeProvider clock) : Grain, IExamAttemptGrain
{
    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<ExamPaper> StartAsync(PeopleActor actor, string examId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var existing = await db.Attempts.FirstOrDefaultAsync(a => a.Id == Id);
        if (existing is not null)
        {
            if (existing.Employee != actor.Id || existing.ExamId != examId)
                throw new PeopleWorkflowException($"Attempt {Id} is {existing.Employee}'s attempt at exam {existing.ExamId}.");
            return PaperOf(existing);
        }

        var exam = await TrainingCatalog.ExamAsync(db, examId, CancellationToken.None);
        var bank = await TrainingCatalog.QuestionsAsync(db, exam.QuestionIds, CancellationToken.None);
        var seed = ExamPaperDrawer.SeedOf(Id);
        var drawn = ExamPaperDrawer.Draw(exam, bank, seed);
        var now = clock.GetUtcNow();
        var row = new ExamAttemptRecord
        {
            Id = Id, ExamId = exam.Id, Employee = actor.Id, State = nameof(ExamAttemptState.InProgress), Seed = seed,
            StartedAtUnixMs = now.ToUnixTimeMilliseconds(), DeadlineUnixMs = (now + exam.TimeLimit).ToUnixTimeMilliseconds(),
            Paper = PeopleJson.Write(drawn), MaxScore = drawn.Sum(d => d.Question.Points),
        };
        db.Attempts.Add(row);
        await db.SaveChangesAsync();
        return PaperOf(row);
    }

    /// <inheritdoc />
    public async Task<ExamPaper> GetPaperAsync(PeopleActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var row = await LoadAsync(db);
        if (row.Employee != actor.Id && !actor.HasAnyRole(TrainingRoles.Trainers))
            throw new PeopleAccessException($"{actor} may not read the paper of attempt {Id}.");
        return PaperOf(row);
    }

    /// <inheritdoc />
    public async Task<ExamAttemptSnapshot> SubmitAsync(PeopleActor actor, IReadOnlyList<ExamAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(answers);
        await using var db = await contexts.CreateDbContextAsync();
        var row = await LoadAsync(db);
        if (row.Employee != actor.Id)
            throw new PeopleAccessException($"{actor} may not submit attempt {Id}; only {row.Employee} may.");
        if (row.State != nameof(ExamAttemptState.InProgress))
            throw new PeopleWorkflowException($"Attempt {Id} is {row.State}; it was already submitted.");
        var now = clock.GetUtcNow();
        var deadline = DateTimeOffset.FromUnixTimeMilliseconds(row.DeadlineUnixMs);
        row.SubmittedAtUnixMs = now.ToUnixTimeMilliseconds();
        var exam = await TrainingCatalog.ExamAsync(db, row.ExamId, CancellationToken.None);
        if (now > deadline)
        {
            // Late answers are not graded: the attempt closes with nothing awarded, and the archive shows it.
            row.State = nameof(ExamAttemptState.Expired);
            row.Score = 0;
            await ArchiveAsync(db, row, exam, now);
            await db.SaveChangesAsync();
            throw new ExamTimeLimitException($"Attempt {Id} was submitted at {now:O}, {(now - deadline).TotalSeconds:0} s after its deadline {deadline:O}; it is closed with 0 points.");
        }

        var results = ExamGrader.Grade(PeopleJson.Read<List<DrawnQuestion>>(row.Paper), answers);
        Apply(row, results);
        if (row.State == nameof(ExamAttemptState.Graded))
            await ArchiveAsync(db, row, exam, now);
        await db.SaveChangesAsync();
        return SnapshotOf(row, exam);
    }

    /// <inheritdoc />
    public async Task<ExamAttemptSnapshot> GradeAsync(PeopleActor actor, string questionId, double points, string? comment)
    {
        ArgumentNullException.ThrowIfNull(actor);
        TrainingRoles.Require(actor, TrainingRoles.Trainers, "grade short answers");
        await using var db = await contexts.CreateDbContextAsync();
        var row = await LoadAsync(db);
        if (row.Employee == actor.Id)
            throw new PeopleAccessException($"{actor} may not grade their own attempt {Id}.");
        if (row.State != nameof(ExamAttemptState.AwaitingGrading))
            throw new PeopleWorkflowException($"Attempt {Id} is {row.State}; only a submitted attempt awaiting grading takes points.");
        var results = PeopleJson.Read<List<QuestionResult>>(row.Results);
        var index = results.FindIndex(r => r.QuestionId == questionId);
        if (index < 0)
            throw new PeopleNotFoundException($"Question {questionId} is not on the paper of attempt {Id}.");
        var result = results[index];
        if (result.Kind != QuestionKind.ShortAnswer)
            throw new PeopleWorkflowException($"Question {questionId} of attempt {Id} is {result.Kind}; it was graded automatically.");
        if (!double.IsFinite(points) || points < 0 || points > result.Points)
            throw new PeopleValidationException($"Question {questionId} is worth 0–{result.Points} points; {points} was given.");
        results[index] = result with { Awarded = points, GradedBy = actor.Id, Comment = comment };
        Apply(row, results);
        var exam = await TrainingCatalog.ExamAsync(db, row.ExamId, CancellationToken.None);
        if (row.State == nameof(ExamAttemptState.Graded))
            await ArchiveAsync(db, row, exam, clock.GetUtcNow());
        await db.SaveChangesAsync();
        return SnapshotOf(row, exam);
    }

    /// <inheritdoc />
    public async Task<ExamAttemptSnapshot> GetAsync(PeopleActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var row = await LoadAsync(db);
        TrainingRoles.RequireSelfOrReader(actor, row.Employee, $"read exam attempt {Id}");
        return SnapshotOf(row, await TrainingCatalog.ExamAsync(db, row.ExamId, CancellationToken.None));
    }

    private static void Apply(ExamAttemptRecord row, IReadOnlyList<QuestionResult> results)
    {
        row.Results = PeopleJson.Write(results);
        row.Score = results.Sum(r => r.Awarded ?? 0);
        row.State = results.Any(r => r.Awarded is null) ? nameof(ExamAttemptState.AwaitingGrading) : nameof(ExamAttemptState.Graded);
    }

    private static Task ArchiveAsync(PeopleDbContext db, ExamAttemptRecord row, Exam exam, DateTimeOffset at)
    {
        var percent = Percent(row);
        var expired = row.State == nameof(ExamAttemptState.Expired);
        return ArchiveWriter.PutAsync(db, new ArchiveEntry
        {
            Employee = row.Employee, At = at, Kind = ArchiveEntryKind.Exam, Reference = row.Id, Score = percent,
            Title = ArchiveTitles.Exam(exam.Title, !expired && percent >= exam.PassPercent, expired), Detail = exam.Id,
        }, CancellationToken.None);
    }

    private static double Percent(ExamAttemptRecord row) => row.MaxScore <= 0 ? 0 : row.Score / row.MaxScore * 100;

    private async Task<ExamAttemptRecord> LoadAsync(PeopleDbContext db) =>
        await db.Attempts.FirstOrDefaultAsync(a => a.Id == Id) ?? throw new PeopleNotFoundException($"Exam attempt {Id} has not been started.");

    private static ExamPaper PaperOf(ExamAttemptRecord row) => new()
    {
        AttemptId = row.Id, ExamId = row.ExamId, Employee = row.Employee, Seed = row.Seed,
        StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(row.StartedAtUnixMs), Deadline = DateTimeOffset.FromUnixTimeMilliseconds(row.DeadlineUnixMs),
        Questions = PeopleJson.Read<List<DrawnQuestion>>(row.Paper).Select(d => d.ToPaper()).ToList(),
    };

    private static ExamAttemptSnapshot SnapshotOf(ExamAttemptRecord row, Exam exam)
    {
        var state = Enum.Parse<ExamAttemptState>(row.State);
        var finished = state is ExamAttemptState.Graded or ExamAttemptState.Expired;
        return new ExamAttemptSnapshot
        {
            AttemptId = row.Id, ExamId = row.ExamId, Employee = row.Employee, State = state,
            StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(row.StartedAtUnixMs), Deadline = DateTimeOffset.FromUnixTimeMilliseconds(row.DeadlineUnixMs),
            SubmittedAt = row.SubmittedAtUnixMs is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : null,
            Results = PeopleJson.Read<List<QuestionResult>>(row.Results), Score = row.Score, MaxScore = row.MaxScore,
            Percent = finished ? Percent(row) : null,
            Passed = finished ? state == ExamAttemptState.Graded && Percent(row) >= exam.PassPercent : null,
        };
    }
}
