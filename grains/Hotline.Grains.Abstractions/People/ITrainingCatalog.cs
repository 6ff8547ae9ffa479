namespace Hotline.Grains.Abstractions.People;

/// <summary>
/// The question bank, courses, exams and onboarding plans. Trainers (and administrators) define them; HR also sets plans;
/// course completions are recorded by trainers and go into the employee's archive.
/// </summary>
public interface ITrainingCatalog
{
    /// <summary>Adds or replaces a question after checking its options and answers.</summary>
    Task<Question> SaveQuestionAsync(PeopleActor actor, Question question, CancellationToken cancellationToken);

    /// <summary>The bank, optionally one topic's questions (trainers only: it holds the answers).</summary>
    Task<IReadOnlyList<Question>> GetQuestionsAsync(PeopleActor actor, string? topic, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a course.</summary>
    Task<Course> SaveCourseAsync(PeopleActor actor, Course course, CancellationToken cancellationToken);

    /// <summary>Every course.</summary>
    Task<IReadOnlyList<Course>> GetCoursesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces an exam; every question id must be in the bank.</summary>
    Task<Exam> SaveExamAsync(PeopleActor actor, Exam exam, CancellationToken cancellationToken);

    /// <summary>An exam by id.</summary>
    Task<Exam> GetExamAsync(string examId, CancellationToken cancellationToken);

    /// <summary>Every exam.</summary>
    Task<IReadOnlyList<Exam>> GetExamsAsync(CancellationToken cancellationToken);

    /// <summary>Attempts that match <paramref name="filter"/>, the earliest submitted first (so a grading queue is worked oldest first), then the
    /// ones not yet submitted by start (trainers and those who may read anyone's attempts).</summary>
    Task<IReadOnlyList<ExamAttemptSummary>> GetAttemptsAsync(PeopleActor actor, ExamAttemptFilter filter, CancellationToken cancellationToken);

    /// <summary>A trainer records that <paramref name="employee"/> completed a course.</summary>
    Task RecordCourseCompletedAsync(PeopleActor actor, string employee, string courseId, CancellationToken cancellationToken);

    /// <summary>Sets a new hire's plan (trainers, HR); the archive gets an onboarding entry the first time.</summary>
    Task<OnboardingPlan> SavePlanAsync(PeopleActor actor, OnboardingPlan plan, CancellationToken cancellationToken);

    /// <summary>The employee's plan with each item's state on <paramref name="today"/>.</summary>
    Task<OnboardingProgress> GetProgressAsync(PeopleActor actor, string employee, DateOnly today, CancellationToken cancellationToken);
}
