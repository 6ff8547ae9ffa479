using Hotline.Grains.Abstractions.People;
using Hotline.Portal.People;

namespace Hotline.Portal.Tests.Training;

/// <summary>Exams for the training page tests: one exam with a single-choice, a multiple-choice and a short-answer question, an attempt started by the
/// test, and submissions graded here from the answers (or refused as late when <see cref="Late"/> is set).</summary>
internal sealed class ScriptedExamDesk : IExamDesk
{
    public static readonly DateTimeOffset Started = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    public List<IReadOnlyList<ExamAnswer>> Submitted { get; } = [];

    public bool Late { get; set; }

    public ExamAttemptSnapshot? Attempt { get; private set; }

    public Exam Exam { get; } = new()
    {
        Id = "taxi-rules", Title = "出租汽车管理条例考试", QuestionIds = ["q1", "q2", "q3"], TimeLimit = TimeSpan.FromMinutes(30), PassPercent = 60,
    };

    public ExamPaper Paper { get; } = new()
    {
        AttemptId = "8001-taxi-rules-1", ExamId = "taxi-rules", Employee = "8001", Seed = 7, StartedAt = Started, Deadline = Started.AddMinutes(30),
        Questions =
        [
            new("q1", QuestionKind.SingleChoice, "出租车拒载应向哪个部门投诉？", ["交通运输部门", "公安部门", "市场监管部门"], 4),
            new("q2", QuestionKind.MultipleChoice, "哪些属于出租车违规行为？", ["拒载", "议价", "打表"], 4),
            new("q3", QuestionKind.ShortAnswer, "简述受理投诉的步骤。", [], 2),
        ],
    };

    public Task<IReadOnlyList<Course>> CoursesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Course>>([new Course { Id = "c1", Title = "出租汽车服务规范", Description = "拒载、议价的处理", ArticleIds = ["kb-1"], CaseCallIds = ["call-9"] }]);

    public Task<IReadOnlyList<Exam>> ExamsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Exam>>([Exam]);

    public Task<ExamPaper> StartAsync(PeopleActor actor, string examId)
    {
        Attempt = Snapshot(ExamAttemptState.InProgress, 0);
        return Task.FromResult(Paper);
    }

    public Task<ExamPaper> PaperAsync(PeopleActor actor, string attemptId) => Task.FromResult(Paper);

    public Task<ExamAttemptSnapshot> AttemptAsync(PeopleActor actor, string attemptId) =>
        Task.FromResult(Attempt ?? throw new PeopleNotFoundException($"Attempt {attemptId} does not exist."));

    // q1 is right with option 0, q2 with options 0 and 1; the short answer waits for a trainer.
    public Task<ExamAttemptSnapshot> SubmitAsync(PeopleActor actor, string attemptId, IReadOnlyList<ExamAnswer> answers)
    {
        Submitted.Add(answers);
        if (Late)
        {
            Attempt = Snapshot(ExamAttemptState.Expired, 0) with { Percent = 0, Passed = false };
            throw new ExamTimeLimitException($"Attempt {attemptId} was submitted after its deadline.");
        }

        var q1 = answers.Single(a => a.QuestionId == "q1").Selected.SequenceEqual([0]) ? 4 : 0;
        var q2 = answers.Single(a => a.QuestionId == "q2").Selected.SequenceEqual([0, 1]) ? 4 : 0;
        Attempt = Snapshot(ExamAttemptState.AwaitingGrading, q1 + q2) with
        {
            SubmittedAt = Started.AddMinutes(12),
            Results =
            [
                new() { QuestionId = "q1", Kind = QuestionKind.SingleChoice, Points = 4, Awarded = q1 },
                new() { QuestionId = "q2", Kind = QuestionKind.MultipleChoice, Points = 4, Awarded = q2 },
                new() { QuestionId = "q3", Kind = QuestionKind.ShortAnswer, Points = 2, Text = answers.Single(a => a.QuestionId == "q3").Text },
            ],
        };
        return Task.FromResult(Attempt);
    }

    public List<(string Grader, string QuestionId, double Points, string? Comment)> Grades { get; } = [];

    // The queue holds the one attempt while it waits for its short answer.
    public Task<IReadOnlyList<ExamAttemptSummary>> AttemptsAsync(PeopleActor actor, ExamAttemptFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExamAttemptSummary>>(Attempt is { } a && (filter.State is null || filter.State == a.State)
            ? [new ExamAttemptSummary
            {
                AttemptId = a.AttemptId, ExamId = a.ExamId, ExamTitle = Exam.Title, Employee = a.Employee, State = a.State, StartedAt = a.StartedAt,
                SubmittedAt = a.SubmittedAt, Score = a.Score, MaxScore = a.MaxScore, Ungraded = a.Results.Count(r => r.Awarded is null),
            }]
            : []);

    public Task<IReadOnlyList<Question>> QuestionsAsync(PeopleActor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Question>>([new Question { Id = "q3", Kind = QuestionKind.ShortAnswer, Text = "简述受理投诉的步骤。", Points = 2, Guidance = "登记、派单、回访" }]);

    /// <summary>When set, the next grade is refused with this text, as the grain refuses a grade on an attempt someone else completed meanwhile.</summary>
    public string? RefuseNextGrade { get; set; }

    public Task<ExamAttemptSnapshot> GradeAsync(PeopleActor actor, string attemptId, string questionId, double points, string? comment)
    {
        if (RefuseNextGrade is { } refusal)
        {
            RefuseNextGrade = null;
            throw new PeopleWorkflowException(refusal);
        }

        Grades.Add((actor.Id, questionId, points, comment));
        var results = Attempt!.Results.Select(r => r.QuestionId == questionId ? r with { Awarded = points, GradedBy = actor.Id, Comment = comment } : r).ToList();
        var score = results.Sum(r => r.Awarded ?? 0);
        Attempt = Attempt with
        {
            Results = results, Score = score, State = ExamAttemptState.Graded, Percent = score * 10, Passed = score * 10 >= Exam.PassPercent,
        };
        return Task.FromResult(Attempt);
    }

    public void Start() => Attempt = Snapshot(ExamAttemptState.InProgress, 0);

    private ExamAttemptSnapshot Snapshot(ExamAttemptState state, double score) => new()
    {
        AttemptId = Paper.AttemptId, ExamId = Exam.Id, Employee = "8001", State = state, StartedAt = Started, Deadline = Paper.Deadline, Score = score, MaxScore = 10,
    };
}
