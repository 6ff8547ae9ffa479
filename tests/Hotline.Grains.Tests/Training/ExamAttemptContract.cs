using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Tests.Reviews;
using Hotline.Grains.Training;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Training;

/// <summary>Exam attempts through their grain on the real operational store: drawing, auto-grading, trainer grading, the time limit and the archive.</summary>
[Trait("Category", "Integration")]
public abstract class ExamAttemptContract(PeopleClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Exam> DefineAsync(string examId, int minutes = 30)
    {
        foreach (var question in TrainingSamples.All)
            await fixture.Training.SaveQuestionAsync(PeopleActors.Trainer, question, Ct);
        return await fixture.Training.SaveExamAsync(PeopleActors.Trainer, TrainingSamples.Exam(examId, TrainingSamples.Bank.Keys, minutes: minutes), Ct);
    }

    private async Task<List<DrawnQuestion>> DrawnAsync(string attemptId)
    {
        await using var db = fixture.CreateDbContext();
        var row = await db.Attempts.SingleAsync(a => a.Id == attemptId, Ct);
        return PeopleJson.Read<List<DrawnQuestion>>(row.Paper);
    }

    [Fact]
    public async Task Objective_questions_are_graded_at_once_and_the_short_answer_by_a_trainer()
    {
        var exam = await DefineAsync("exam-graded");
        var attempt = fixture.Grains.GetGrain<IExamAttemptGrain>("attempt-graded");
        var paper = await attempt.StartAsync(PeopleActors.Agent, exam.Id);
        var drawn = await DrawnAsync("attempt-graded");
        // Right on single and true/false, wrong on multiple choice, a short answer for the trainer.
        var answers = drawn.Where(d => d.Question.Kind != QuestionKind.ShortAnswer)
            .Select(d => TrainingSamples.Answer(d, right: d.Question.Kind != QuestionKind.MultipleChoice))
            .Append(new ExamAnswer("q-short", [], "倾听、共情、复述诉求")).ToList();

        var submitted = await attempt.SubmitAsync(PeopleActors.Agent, answers);

        Assert.Equal(4, paper.Questions.Count);
        Assert.Equal(ExamAttemptState.AwaitingGrading, submitted.State);
        Assert.Equal(2 + 1, submitted.Score);
        Assert.Null(submitted.Passed);
        Assert.Null(submitted.Results.Single(r => r.QuestionId == "q-short").Awarded);
        await Assert.ThrowsAsync<PeopleAccessException>(() => attempt.GradeAsync(PeopleActors.Agent, "q-short", 4, null));
        await Assert.ThrowsAsync<PeopleValidationException>(() => attempt.GradeAsync(PeopleActors.Trainer, "q-short", 5, null));
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => attempt.GradeAsync(PeopleActors.Trainer, "q-single", 2, null));

        var graded = await attempt.GradeAsync(PeopleActors.Trainer, "q-short", 3, "要点齐全，缺少时限说明");

        Assert.Equal(ExamAttemptState.Graded, graded.State);
        Assert.Equal(2 + 1 + 3, graded.Score);
        Assert.Equal(10, graded.MaxScore);
        Assert.Equal(60, graded.Percent!.Value, 9);
        Assert.True(graded.Passed);
        Assert.Equal("trainer-1", graded.Results.Single(r => r.QuestionId == "q-short").GradedBy);
        var timeline = await fixture.Archive.GetTimelineAsync(PeopleActors.Agent, "8001", Ct);
        var entry = Assert.Single(timeline, e => e.Reference == "attempt-graded");
        Assert.Equal(ArchiveEntryKind.Exam, entry.Kind);
        Assert.Equal(60, entry.Score!.Value, 9);
        Assert.Contains("通过", entry.Title, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => attempt.SubmitAsync(PeopleActors.Agent, answers));
    }

    [Fact]
    public async Task The_paper_is_drawn_once_from_the_attempt_seed_and_survives_bank_edits()
    {
        var exam = await DefineAsync("exam-seeded");
        var attempt = fixture.Grains.GetGrain<IExamAttemptGrain>("attempt-seeded");

        var first = await attempt.StartAsync(PeopleActors.OtherAgent, exam.Id);
        await fixture.Training.SaveQuestionAsync(PeopleActors.Trainer, TrainingSamples.Single with { Text = "改过的题目" }, Ct);
        var again = await attempt.StartAsync(PeopleActors.OtherAgent, exam.Id);

        var expected = ExamPaperDrawer.Draw(exam, TrainingSamples.Bank, ExamPaperDrawer.SeedOf("attempt-seeded")).Select(d => d.ToPaper()).ToList();
        Assert.Equal(ExamPaperDrawer.SeedOf("attempt-seeded"), first.Seed);
        Assert.Equal(expected.Select(q => q.QuestionId), first.Questions.Select(q => q.QuestionId));
        Assert.Equal(expected.SelectMany(q => q.Options), first.Questions.SelectMany(q => q.Options));
        Assert.Equal(first.Questions.Select(q => q.Text), again.Questions.Select(q => q.Text));
        Assert.DoesNotContain("改过的题目", again.Questions.Select(q => q.Text));
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => attempt.StartAsync(PeopleActors.Agent, exam.Id));
        await Assert.ThrowsAsync<PeopleAccessException>(() => attempt.GetPaperAsync(PeopleActors.Agent));
    }

    [Fact]
    public async Task A_submission_after_the_time_limit_is_refused_and_closes_the_attempt_with_zero()
    {
        var exam = await DefineAsync("exam-timed", minutes: 20);
        var attempt = fixture.Grains.GetGrain<IExamAttemptGrain>("attempt-late");
        await attempt.StartAsync(PeopleActors.OtherAgent, exam.Id);
        var drawn = await DrawnAsync("attempt-late");
        var allRight = drawn.Where(d => d.Question.Kind != QuestionKind.ShortAnswer).Select(d => TrainingSamples.Answer(d, right: true)).ToList();

        fixture.Clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ExamTimeLimitException>(() => attempt.SubmitAsync(PeopleActors.OtherAgent, allRight));

        Assert.Contains("after its deadline", error.Message, StringComparison.Ordinal);
        var snapshot = await attempt.GetAsync(PeopleActors.Trainer);
        Assert.Equal(ExamAttemptState.Expired, snapshot.State);
        Assert.Equal(0, snapshot.Score);
        Assert.False(snapshot.Passed);
        var entry = Assert.Single(await fixture.Archive.GetTimelineAsync(PeopleActors.Hr, "8002", Ct), e => e.Reference == "attempt-late");
        Assert.Contains("超时", entry.Title, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => attempt.SubmitAsync(PeopleActors.OtherAgent, allRight));
    }

    [Fact]
    public async Task Only_trainers_edit_the_bank_and_exams_must_name_known_questions()
    {
        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Training.SaveQuestionAsync(PeopleActors.Agent, TrainingSamples.Single, Ct));
        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Training.GetQuestionsAsync(PeopleActors.Agent, null, Ct));
        var missing = await Assert.ThrowsAsync<PeopleNotFoundException>(() =>
            fixture.Training.SaveExamAsync(PeopleActors.Trainer, TrainingSamples.Exam("exam-ghost", ["ghost-question"]), Ct));
        Assert.Contains("ghost-question", missing.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PeopleNotFoundException>(() => fixture.Grains.GetGrain<IExamAttemptGrain>("attempt-ghost").StartAsync(PeopleActors.Agent, "exam-ghost"));
    }
}
