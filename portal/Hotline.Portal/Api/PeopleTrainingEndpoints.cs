using System.Security.Claims;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>Question bank, courses, exams and attempts, onboarding plans and the employee archive under <c>/api/v1/people</c>.</summary>
public static class PeopleTrainingEndpoints
{
    /// <summary>Maps the training operations on <paramref name="group"/>.</summary>
    public static void MapPeopleTraining(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/questions", (string? topic, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
                training.GetQuestionsAsync(Actor(user), topic, ct))
            .WithName("ListQuestions").WithSummary("The question bank with answers, optionally one topic (trainers)");
        group.MapPut("/questions/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
                await training.SaveQuestionAsync(Actor(user), await PeopleRequestReader.ReadAsync<Question>(request, "id", id, ct), ct))
            .Accepts<Question>("application/json").Produces<Question>()
            .WithName("SaveQuestion").WithSummary("Adds or replaces a single/multiple choice, true/false or short-answer question (trainers)");
        group.MapGet("/courses", (ITrainingCatalog training, CancellationToken ct) => training.GetCoursesAsync(ct))
            .WithName("ListCourses").WithSummary("Every course with its knowledge articles and typical cases");
        group.MapPut("/courses/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
                await training.SaveCourseAsync(Actor(user), await PeopleRequestReader.ReadAsync<Course>(request, "id", id, ct), ct))
            .Accepts<Course>("application/json").Produces<Course>()
            .WithName("SaveCourse").WithSummary("Adds or replaces a course built from knowledge article ids and QA case call ids (trainers)");
        group.MapPost("/courses/{id}/completions", async (string id, PeopleEmployeeRequest body, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
            {
                await training.RecordCourseCompletedAsync(Actor(user), body.Employee, id, ct);
                return Results.NoContent();
            })
            .WithName("RecordCourseCompletion").WithSummary("Records that an employee completed the course (trainers); goes into the archive");
        group.MapGet("/exams", (ITrainingCatalog training, CancellationToken ct) => training.GetExamsAsync(ct))
            .WithName("ListExams").WithSummary("Every exam definition");
        group.MapPut("/exams/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
                await training.SaveExamAsync(Actor(user), await PeopleRequestReader.ReadAsync<Exam>(request, "id", id, ct), ct))
            .Accepts<Exam>("application/json").Produces<Exam>()
            .WithName("SaveExam").WithSummary("Adds or replaces an exam: question pool, draw count, time limit, pass mark (trainers)");
        group.MapPost("/exams/{id}/attempts", async (string id, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                var actor = Actor(user);
                var attemptId = $"{actor.Id}-{id}-{Guid.NewGuid():N}";
                var paper = await grains.GetGrain<IExamAttemptGrain>(attemptId).StartAsync(actor, id);
                return Results.Created($"{PeopleEndpoints.Prefix}/attempts/{attemptId}", paper);
            })
            .WithName("StartExam").WithSummary("Starts an attempt for the signed-in user and returns the randomised paper (its clock starts now)");
        group.MapGet("/attempts", (string? state, string? exam, string? employee, int? limit, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
                training.GetAttemptsAsync(Actor(user), AttemptFilter(state, exam, employee, limit), ct))
            .WithName("ListExamAttempts")
            .WithSummary("Exam attempts, optionally of one state (AwaitingGrading is the trainers' grading queue), exam or employee, earliest submission first (trainers, HR, supervisors, managers)");
        MapAttempts(group.MapGroup("/attempts/{id}"));
        group.MapPut("/onboarding/{employee}", async (string employee, HttpRequest request, ClaimsPrincipal user, ITrainingCatalog training, CancellationToken ct) =>
                await training.SavePlanAsync(Actor(user), await PeopleRequestReader.ReadAsync<OnboardingPlan>(request, "employee", employee, ct), ct))
            .Accepts<OnboardingPlan>("application/json").Produces<OnboardingPlan>()
            .WithName("SaveOnboardingPlan").WithSummary("Sets a new hire's courses and exams with due dates (trainers, HR)");
        group.MapGet("/onboarding/{employee}", (string employee, DateOnly? today, ClaimsPrincipal user, ITrainingCatalog training, PeopleCalendar calendar, CancellationToken ct) =>
                training.GetProgressAsync(Actor(user), employee, today ?? calendar.Today(), ct))
            .WithName("GetOnboardingProgress").WithSummary("The plan with each item done or overdue");
        group.MapGet("/archive/{employee}", (string employee, ClaimsPrincipal user, IEmployeeArchive archive, CancellationToken ct) =>
                archive.GetTimelineAsync(Actor(user), employee, ct))
            .WithName("GetEmployeeArchive").WithSummary("The employee archive: onboarding, courses, exams, QA and reviews, oldest first");
    }

    private static void MapAttempts(RouteGroupBuilder attempt)
    {
        attempt.MapGet("/paper", (string id, ClaimsPrincipal user, IGrainFactory grains) => Attempt(grains, id).GetPaperAsync(Actor(user)))
            .WithName("GetExamPaper").WithSummary("The attempt's paper (the same every time)");
        attempt.MapGet("", (string id, ClaimsPrincipal user, IGrainFactory grains) => Attempt(grains, id).GetAsync(Actor(user)))
            .WithName("GetExamAttempt").WithSummary("The attempt's state, results and score");
        attempt.MapPost("/submit", (string id, IReadOnlyList<ExamAnswer> body, ClaimsPrincipal user, IGrainFactory grains) =>
                Attempt(grains, id).SubmitAsync(Actor(user), body))
            .WithName("SubmitExam").WithSummary("Submits the answers; objective questions are graded at once; after the time limit 409 and the attempt scores 0");
        attempt.MapPost("/grades", (string id, PeopleGradeRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Attempt(grains, id).GradeAsync(Actor(user), body.QuestionId, body.Points, body.Comment))
            .WithName("GradeShortAnswer").WithSummary("A trainer's points for a short answer");
    }

    // The state is parsed here, not by the binder, so a wrong value is answered with the list of states rather than a bare 400.
    private static ExamAttemptFilter AttemptFilter(string? state, string? exam, string? employee, int? limit)
    {
        ExamAttemptState? parsed = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<ExamAttemptState>(state, ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(state, out _))
                throw new PeopleValidationException($"state '{state}' is not an attempt state; use one of {string.Join(", ", Enum.GetNames<ExamAttemptState>())}.");
            parsed = value;
        }

        return new ExamAttemptFilter { State = parsed, ExamId = exam, Employee = employee, Limit = limit ?? 100 };
    }

    private static IExamAttemptGrain Attempt(IGrainFactory grains, string id) => grains.GetGrain<IExamAttemptGrain>(id);

    private static PeopleActor Actor(ClaimsPrincipal user) => PeopleActorReader.From(user);
}
