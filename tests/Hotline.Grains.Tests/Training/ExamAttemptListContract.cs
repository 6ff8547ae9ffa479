using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Training;

/// <summary>The trainers' grading queue and an exam's attempt list over the real operational store: which attempts, in what order, what is left to grade, who may read it.</summary>
[Trait("Category", "Integration")]
public abstract class ExamAttemptListContract(PeopleClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ExamAnswer ShortAnswer = new("q-short", [], "倾听、共情、复述诉求");

    private async Task DefineAsync(string examId)
    {
        foreach (var question in TrainingSamples.All)
            await fixture.Training.SaveQuestionAsync(PeopleActors.Trainer, question, Ct);
        await fixture.Training.SaveExamAsync(PeopleActors.Trainer, TrainingSamples.Exam(examId, TrainingSamples.Bank.Keys), Ct);
    }

    // Starts an attempt of agent 8001 or 8002 and, unless told not to, submits a short answer a minute later.
    private async Task<IExamAttemptGrain> AttemptAsync(string attemptId, string examId, PeopleActor candidate, string? shortAnswer = "倾听、共情、复述诉求")
    {
        var attempt = fixture.Grains.GetGrain<IExamAttemptGrain>(attemptId);
        await attempt.StartAsync(candidate, examId);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        if (shortAnswer is not null)
            await attempt.SubmitAsync(candidate, [ShortAnswer with { Text = shortAnswer }]);
        return attempt;
    }

    [Fact]
    public async Task The_grading_queue_holds_submitted_attempts_with_short_answers_oldest_first_until_they_are_graded()
    {
        await DefineAsync("exam-queue");
        var first = await AttemptAsync("queue-first", "exam-queue", PeopleActors.Agent);
        await AttemptAsync("queue-second", "exam-queue", PeopleActors.OtherAgent);
        await AttemptAsync("queue-open", "exam-queue", PeopleActors.Agent, shortAnswer: null);
        // An empty short answer earns nothing and needs no trainer, so this attempt is graded at once.
        await AttemptAsync("queue-blank", "exam-queue", PeopleActors.OtherAgent, shortAnswer: "  ");
        var queue = ExamAttemptFilter.AwaitingGrading with { ExamId = "exam-queue" };

        var waiting = await fixture.Training.GetAttemptsAsync(PeopleActors.Trainer, queue, Ct);

        Assert.Equal(["queue-first", "queue-second"], waiting.Select(a => a.AttemptId));
        Assert.All(waiting, a =>
        {
            Assert.Equal(ExamAttemptState.AwaitingGrading, a.State);
            Assert.Equal(1, a.Ungraded);
            Assert.Equal("出租车投诉受理考试", a.ExamTitle);
            Assert.Equal(10, a.MaxScore);
        });
        Assert.Equal("8001", waiting[0].Employee);
        Assert.True(waiting[0].SubmittedAt < waiting[1].SubmittedAt, $"{waiting[0].SubmittedAt:O} should come before {waiting[1].SubmittedAt:O}");

        await first.GradeAsync(PeopleActors.Trainer, "q-short", 2, null);

        Assert.Equal(["queue-second"], (await fixture.Training.GetAttemptsAsync(PeopleActors.Trainer, queue, Ct)).Select(a => a.AttemptId));
        var all = await fixture.Training.GetAttemptsAsync(PeopleActors.Hr, new ExamAttemptFilter { ExamId = "exam-queue" }, Ct);
        // Submitted ones by submission time, then the one still being written.
        Assert.Equal(["queue-first", "queue-second", "queue-blank", "queue-open"], all.Select(a => a.AttemptId));
        Assert.Equal(ExamAttemptState.Graded, all.Single(a => a.AttemptId == "queue-first").State);
        Assert.Equal(0, all.Single(a => a.AttemptId == "queue-first").Ungraded);
        Assert.Equal(ExamAttemptState.Graded, all.Single(a => a.AttemptId == "queue-blank").State);
        Assert.Null(all.Single(a => a.AttemptId == "queue-open").SubmittedAt);
    }

    [Fact]
    public async Task Attempts_are_filtered_by_employee_and_limited()
    {
        await DefineAsync("exam-filter");
        await AttemptAsync("filter-a", "exam-filter", PeopleActors.Agent);
        await AttemptAsync("filter-b", "exam-filter", PeopleActors.OtherAgent);
        await AttemptAsync("filter-c", "exam-filter", PeopleActors.Agent);

        var mine = await fixture.Training.GetAttemptsAsync(PeopleActors.Supervisor, new ExamAttemptFilter { ExamId = "exam-filter", Employee = "8001" }, Ct);
        var one = await fixture.Training.GetAttemptsAsync(PeopleActors.Trainer, new ExamAttemptFilter { ExamId = "exam-filter", Limit = 1 }, Ct);

        Assert.Equal(["filter-a", "filter-c"], mine.Select(a => a.AttemptId));
        Assert.Equal(["filter-a"], one.Select(a => a.AttemptId));
    }

    [Fact]
    public async Task Only_trainers_and_readers_list_attempts_and_the_limit_is_checked()
    {
        var agent = await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Training.GetAttemptsAsync(PeopleActors.Agent, ExamAttemptFilter.AwaitingGrading, Ct));
        var inspector = await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Training.GetAttemptsAsync(PeopleActors.Inspector, ExamAttemptFilter.AwaitingGrading, Ct));
        var zero = await Assert.ThrowsAsync<PeopleValidationException>(() =>
            fixture.Training.GetAttemptsAsync(PeopleActors.Trainer, ExamAttemptFilter.AwaitingGrading with { Limit = 0 }, Ct));
        var huge = await Assert.ThrowsAsync<PeopleValidationException>(() =>
            fixture.Training.GetAttemptsAsync(PeopleActors.Trainer, ExamAttemptFilter.AwaitingGrading with { Limit = ExamAttemptFilter.MaxLimit + 1 }, Ct));

        Assert.Contains("8001", agent.Message, StringComparison.Ordinal);
        Assert.Contains("inspector-1", inspector.Message, StringComparison.Ordinal);
        Assert.Contains("0 was asked for", zero.Message, StringComparison.Ordinal);
        Assert.Contains($"{ExamAttemptFilter.MaxLimit + 1}", huge.Message, StringComparison.Ordinal);
    }
}
