using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Tests.Training;
using Hotline.Grains.Training;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Reviews;

/// <summary>A new hire's archive from onboarding on: plan, course, exam, QA and review in one timeline, and the plan's progress.</summary>
[Trait("Category", "Integration")]
public abstract class EmployeeArchiveContract(PeopleClusterFixture fixture)
{
    private const string NewHire = "8010";
    private static readonly PeopleActor Hire = new(NewHire, [PlatformRole.Agent]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Onboarding_training_exams_QA_and_reviews_form_one_timeline()
    {
        foreach (var question in TrainingSamples.All.Where(q => q.Kind != QuestionKind.ShortAnswer))
            await fixture.Training.SaveQuestionAsync(PeopleActors.Trainer, question, Ct);
        await fixture.Training.SaveCourseAsync(PeopleActors.Trainer, new Course
        {
            Id = "course-taxi", Title = "出租车投诉受理", ArticleIds = ["kb-taxi-refusal"], CaseCallIds = ["call-2026-0001"],
        }, Ct);
        await fixture.Training.SaveExamAsync(PeopleActors.Trainer, TrainingSamples.Exam("exam-taxi", ["q-single", "q-multi", "q-tf"]) with { CourseId = "course-taxi" }, Ct);
        var start = DateOnly.FromDateTime(PeopleClusterFixture.Start.UtcDateTime);
        await fixture.Training.SavePlanAsync(PeopleActors.Hr, new OnboardingPlan
        {
            Employee = NewHire, Role = PlatformRole.Agent, StartDate = start,
            Items = [new(OnboardingItemKind.Course, "course-taxi", start.AddDays(3)), new(OnboardingItemKind.Exam, "exam-taxi", start.AddDays(5))],
        }, Ct);

        var before = await fixture.Training.GetProgressAsync(Hire, NewHire, start.AddDays(4), Ct);
        Assert.Equal([true, false], before.Items.Select(i => i.Overdue));
        Assert.False(before.Complete);

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await fixture.Training.RecordCourseCompletedAsync(PeopleActors.Trainer, NewHire, "course-taxi", Ct);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var attempt = fixture.Grains.GetGrain<IExamAttemptGrain>("8010-exam-taxi-1");
        await attempt.StartAsync(Hire, "exam-taxi");
        await using (var db = fixture.CreateDbContext())
        {
            var drawn = PeopleJson.Read<List<DrawnQuestion>>((await db.Attempts.SingleAsync(a => a.Id == "8010-exam-taxi-1", Ct)).Paper);
            await attempt.SubmitAsync(Hire, drawn.Select(d => TrainingSamples.Answer(d, right: true)).ToList());
        }

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await fixture.Archive.RecordQaAsync(PeopleActors.System, NewHire, "call-2026-0420", fixture.Clock.GetUtcNow(), 91.5, "服务规范 满分", Ct);
        await Assert.ThrowsAsync<PeopleAccessException>(() =>
            fixture.Archive.RecordQaAsync(Hire, NewHire, "call-2026-0421", fixture.Clock.GetUtcNow(), 100, "", Ct));
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var (from, until) = (start, start.AddDays(3));
        var review = fixture.Grains.GetGrain<IPerformanceReviewGrain>(ReviewKey.For(NewHire, from, until));
        await review.DraftAsync(PeopleActors.System, NewHire, PlatformRole.Agent, from, until,
            [new KpiFigure { Kind = KpiKind.ExamResults, Value = 100, Source = "people.exams", From = from, To = until }]);
        await review.CommentAsync(PeopleActors.Supervisor, "入职表现良好");
        await review.ApproveAsync(PeopleActors.Hr, null);

        var timeline = await fixture.Archive.GetTimelineAsync(Hire, NewHire, Ct);

        Assert.Equal([ArchiveEntryKind.Onboarding, ArchiveEntryKind.Course, ArchiveEntryKind.Exam, ArchiveEntryKind.Qa, ArchiveEntryKind.Review],
            timeline.Select(e => e.Kind));
        Assert.Equal(timeline.Select(e => e.At).Order(), timeline.Select(e => e.At));
        Assert.Equal(["8010", "course-taxi", "8010-exam-taxi-1", "call-2026-0420", ReviewKey.For(NewHire, from, until)], timeline.Select(e => e.Reference));
        Assert.Equal([null, null, 100, 91.5, 10], timeline.Select(e => e.Score));
        Assert.Equal("完成课程：出租车投诉受理", timeline[1].Title);
        var after = await fixture.Training.GetProgressAsync(PeopleActors.Trainer, NewHire, start.AddDays(10), Ct);
        Assert.True(after.Complete);
        Assert.All(after.Items, i => Assert.False(i.Overdue));
        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Archive.GetTimelineAsync(PeopleActors.OtherAgent, NewHire, Ct));
    }

    [Fact]
    public async Task A_plan_naming_an_unknown_course_is_refused_whole()
    {
        var plan = new OnboardingPlan
        {
            Employee = "8011", Role = PlatformRole.Agent, StartDate = new DateOnly(2026, 11, 2),
            Items = [new(OnboardingItemKind.Course, "course-none", new DateOnly(2026, 11, 9))],
        };

        var error = await Assert.ThrowsAsync<PeopleNotFoundException>(() => fixture.Training.SavePlanAsync(PeopleActors.Hr, plan, Ct));

        Assert.Contains("course-none", error.Message, StringComparison.Ordinal);
        Assert.Empty(await fixture.Archive.GetTimelineAsync(PeopleActors.Hr, "8011", Ct));
        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Training.SavePlanAsync(PeopleActors.Agent, plan, Ct));
    }
}
