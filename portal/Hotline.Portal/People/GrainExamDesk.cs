using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>The training pages' reads and steps through the training catalog and the exam attempt grains (attempt ids as the REST API makes them).</summary>
public sealed class GrainExamDesk(IGrainFactory grains, ITrainingCatalog catalog) : IExamDesk
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Course>> CoursesAsync(CancellationToken cancellationToken) => catalog.GetCoursesAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Exam>> ExamsAsync(CancellationToken cancellationToken) => catalog.GetExamsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ExamPaper> StartAsync(PeopleActor actor, string examId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Attempt($"{actor.Id}-{examId}-{Guid.NewGuid():N}").StartAsync(actor, examId);
    }

    /// <inheritdoc />
    public Task<ExamPaper> PaperAsync(PeopleActor actor, string attemptId) => Attempt(attemptId).GetPaperAsync(actor);

    /// <inheritdoc />
    public Task<ExamAttemptSnapshot> AttemptAsync(PeopleActor actor, string attemptId) => Attempt(attemptId).GetAsync(actor);

    /// <inheritdoc />
    public Task<ExamAttemptSnapshot> SubmitAsync(PeopleActor actor, string attemptId, IReadOnlyList<ExamAnswer> answers) => Attempt(attemptId).SubmitAsync(actor, answers);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExamAttemptSummary>> AttemptsAsync(PeopleActor actor, ExamAttemptFilter filter, CancellationToken cancellationToken) =>
        catalog.GetAttemptsAsync(actor, filter, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Question>> QuestionsAsync(PeopleActor actor, CancellationToken cancellationToken) => catalog.GetQuestionsAsync(actor, null, cancellationToken);

    /// <inheritdoc />
    public Task<ExamAttemptSnapshot> GradeAsync(PeopleActor actor, string attemptId, string questionId, double points, string? comment) =>
        Attempt(attemptId).GradeAsync(actor, questionId, points, comment);

    private IExamAttemptGrain Attempt(string id) => grains.GetGrain<IExamAttemptGrain>(id);
}
