namespace Hotline.Grains.Abstractions.People;

/// <summary>
/// One exam attempt (key: the attempt id): draws the paper once (seeded, reproducible), takes the answers within the time limit,
/// grades objective questions at once and short answers by a trainer, and writes the result into the employee's archive.
/// </summary>
/// <remarks>Throws <see cref="PeopleNotFoundException"/>, <see cref="PeopleAccessException"/>, <see cref="PeopleWorkflowException"/>,
/// <see cref="PeopleValidationException"/> or, for a late submission, <see cref="ExamTimeLimitException"/>.</remarks>
public interface IExamAttemptGrain : IGrainWithStringKey
{
    /// <summary>Starts the attempt for the actor (the candidate) and returns the paper; starting again returns the same paper.</summary>
    Task<ExamPaper> StartAsync(PeopleActor actor, string examId);

    /// <summary>The paper, for the candidate (or a trainer).</summary>
    Task<ExamPaper> GetPaperAsync(PeopleActor actor);

    /// <summary>The candidate submits; objective questions are graded now. After the deadline the attempt is closed as expired with 0 points and this throws <see cref="ExamTimeLimitException"/>.</summary>
    Task<ExamAttemptSnapshot> SubmitAsync(PeopleActor actor, IReadOnlyList<ExamAnswer> answers);

    /// <summary>A trainer awards points (0 … the question's points) to a short answer; the last one graded completes the attempt.</summary>
    Task<ExamAttemptSnapshot> GradeAsync(PeopleActor actor, string questionId, double points, string? comment);

    /// <summary>The attempt, for the candidate, trainers, supervisors and HR.</summary>
    Task<ExamAttemptSnapshot> GetAsync(PeopleActor actor);
}
