using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>Courses, exams and one's exam attempts as the training pages use them (the attempt grain checks who may do what).</summary>
public interface IExamDesk
{
    /// <summary>Every course.</summary>
    Task<IReadOnlyList<Course>> CoursesAsync(CancellationToken cancellationToken);

    /// <summary>Every exam.</summary>
    Task<IReadOnlyList<Exam>> ExamsAsync(CancellationToken cancellationToken);

    /// <summary>Starts a new attempt of <paramref name="examId"/> for the actor and returns its paper (the clock starts now).</summary>
    Task<ExamPaper> StartAsync(PeopleActor actor, string examId);

    /// <summary>The paper of an attempt.</summary>
    Task<ExamPaper> PaperAsync(PeopleActor actor, string attemptId);

    /// <summary>The attempt as it stands.</summary>
    Task<ExamAttemptSnapshot> AttemptAsync(PeopleActor actor, string attemptId);

    /// <summary>Attempts matching <paramref name="filter"/> (the grading queue is <see cref="ExamAttemptFilter.AwaitingGrading"/>); trainers and readers only.</summary>
    Task<IReadOnlyList<ExamAttemptSummary>> AttemptsAsync(PeopleActor actor, ExamAttemptFilter filter, CancellationToken cancellationToken);

    /// <summary>The question bank (trainers only: it holds the answers and the grading guidance).</summary>
    Task<IReadOnlyList<Question>> QuestionsAsync(PeopleActor actor, CancellationToken cancellationToken);

    /// <summary>A trainer's points and comment for one short answer; the last one graded completes the attempt.</summary>
    Task<ExamAttemptSnapshot> GradeAsync(PeopleActor actor, string attemptId, string questionId, double points, string? comment);

    /// <summary>Submits the answers; a late submission throws <see cref="ExamTimeLimitException"/> and the attempt scores 0.</summary>
    Task<ExamAttemptSnapshot> SubmitAsync(PeopleActor actor, string attemptId, IReadOnlyList<ExamAnswer> answers);
}
