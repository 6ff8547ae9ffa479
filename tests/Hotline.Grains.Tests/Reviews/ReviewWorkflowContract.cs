using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;

namespace Hotline.Grains.Tests.Reviews;

/// <summary>The review workflow through its grain on the real operational store, with every step tried by roles that may and may not take it.</summary>
[Trait("Category", "Integration")]
public abstract class ReviewWorkflowContract(PeopleClusterFixture fixture)
{
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IPerformanceReviewGrain Review(string employee) => fixture.Grains.GetGrain<IPerformanceReviewGrain>(ReviewKey.For(employee, From, To));

    [Fact]
    public async Task Draft_comment_approve_acknowledge_each_refused_to_the_wrong_roles()
    {
        var review = Review("8001");

        await Assert.ThrowsAsync<PeopleAccessException>(() => review.DraftAsync(PeopleActors.Supervisor, "8001", PlatformRole.Agent, From, To, KpiScorerTests.October));
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.DraftAsync(new PeopleActor("8001", [PlatformRole.Hr]), "8001", PlatformRole.Agent, From, To, KpiScorerTests.October));
        var draft = await review.DraftAsync(PeopleActors.System, "8001", PlatformRole.Agent, From, To, KpiScorerTests.October);
        Assert.Equal(ReviewState.Draft, draft.State);
        Assert.Equal(KpiScorer.Total(KpiScorer.Score(KpiDefaults.Agent, KpiScorerTests.October)), draft.Total, 9);
        Assert.Equal(92, draft.Total, 9);
        Assert.Equal("test", draft.Scores[0].Evidence!.Source);
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.GetAsync(PeopleActors.Agent));
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => review.ApproveAsync(PeopleActors.Hr, null));

        await Assert.ThrowsAsync<PeopleAccessException>(() => review.CommentAsync(PeopleActors.Agent, "自评很好"));
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.CommentAsync(PeopleActors.Hr, "不是主管"));
        await Assert.ThrowsAsync<PeopleValidationException>(() => review.CommentAsync(PeopleActors.Supervisor, " "));
        var commented = await review.CommentAsync(PeopleActors.Supervisor, "接听量突出，考试需补考");
        Assert.Equal(ReviewState.Commented, commented.State);

        await Assert.ThrowsAsync<PeopleAccessException>(() => review.ApproveAsync(PeopleActors.Supervisor, null));
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.ApproveAsync(PeopleActors.Agent, null));
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => review.AcknowledgeAsync(PeopleActors.Agent, null));
        var approved = await review.ApproveAsync(PeopleActors.Hr, "同意");
        Assert.Equal(ReviewState.Approved, approved.State);
        await Assert.ThrowsAsync<PeopleWorkflowException>(() => review.DraftAsync(PeopleActors.System, "8001", PlatformRole.Agent, From, To, KpiScorerTests.October));

        Assert.Equal(ReviewState.Approved, (await review.GetAsync(PeopleActors.Agent)).State);
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.GetAsync(PeopleActors.OtherAgent));
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.AcknowledgeAsync(PeopleActors.OtherAgent, null));
        await Assert.ThrowsAsync<PeopleAccessException>(() => review.AcknowledgeAsync(PeopleActors.Hr, null));
        var acknowledged = await review.AcknowledgeAsync(PeopleActors.Agent, "已阅");

        Assert.Equal(ReviewState.Acknowledged, acknowledged.State);
        Assert.Equal(["draft", "comment", "approve", "acknowledge"], acknowledged.Steps.Select(s => s.Action));
        Assert.Equal(["system", "supervisor-1", "hr-1", "8001"], acknowledged.Steps.Select(s => s.Actor));
        Assert.Equal("接听量突出，考试需补考", acknowledged.SupervisorComment);
        var entry = Assert.Single(await fixture.Archive.GetTimelineAsync(PeopleActors.Agent, "8001", Ct), e => e.Kind == ArchiveEntryKind.Review);
        Assert.Equal(92, entry.Score!.Value, 9);
    }

    [Fact]
    public async Task HR_returns_a_review_to_the_supervisor_with_a_reason()
    {
        var review = Review("8003");
        await review.DraftAsync(PeopleActors.Hr, "8003", PlatformRole.Agent, From, To, [KpiScorerTests.Figure(KpiKind.QaAverage, 70)]);
        await review.CommentAsync(PeopleActors.Manager, "质检偏低");

        await Assert.ThrowsAsync<PeopleAccessException>(() => review.ReturnAsync(PeopleActors.Supervisor, "自己退回"));
        await Assert.ThrowsAsync<PeopleValidationException>(() => review.ReturnAsync(PeopleActors.Hr, ""));
        var returned = await review.ReturnAsync(PeopleActors.Hr, "请补充改进计划");
        var redrafted = await review.DraftAsync(PeopleActors.System, "8003", PlatformRole.Agent, From, To, [KpiScorerTests.Figure(KpiKind.QaAverage, 85)]);
        var commented = await review.CommentAsync(PeopleActors.Supervisor, "已制定改进计划");

        Assert.Equal(ReviewState.Draft, returned.State);
        Assert.Equal("请补充改进计划", returned.HrNote);
        Assert.Equal(20, redrafted.Total, 9);
        Assert.Equal(["draft", "comment", "return", "redraft", "comment"], commented.Steps.Select(s => s.Action));
    }

    [Fact]
    public async Task Bad_drafts_are_refused_with_the_problem_named()
    {
        var review = Review("8004");
        var outside = KpiScorerTests.Figure(KpiKind.CallsHandled, 1) with { To = To.AddDays(1) };

        Assert.Contains("outside the review period", (await Assert.ThrowsAsync<PeopleValidationException>(() =>
            review.DraftAsync(PeopleActors.System, "8004", PlatformRole.Agent, From, To, [outside]))).Message, StringComparison.Ordinal);
        Assert.Contains("use ReviewKey.For", (await Assert.ThrowsAsync<PeopleValidationException>(() =>
            review.DraftAsync(PeopleActors.System, "8005", PlatformRole.Agent, From, To, []))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PeopleNotFoundException>(() => review.CommentAsync(PeopleActors.Supervisor, "没有草稿"));
    }

    [Fact]
    public async Task Schemes_are_data_HR_changes_and_reviews_use()
    {
        var defaults = await fixture.Reviews.GetSchemesAsync(Ct);
        Assert.Equal([PlatformRole.Agent, PlatformRole.Supervisor], defaults.Select(s => s.Role));
        var scheme = new KpiScheme("trainee",
        [
            new KpiDefinition { Kind = KpiKind.ExamResults, Weight = 0.6, Target = 80 },
            new KpiDefinition { Kind = KpiKind.Adherence, Weight = 0.4, Target = 0.9 },
        ]);

        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Reviews.SaveSchemeAsync(PeopleActors.Supervisor, scheme, Ct));
        await fixture.Reviews.SaveSchemeAsync(PeopleActors.Hr, scheme, Ct);
        var from = new DateOnly(2026, 9, 1);
        var until = new DateOnly(2026, 9, 30);
        var figures = new[]
        {
            new KpiFigure { Kind = KpiKind.ExamResults, Value = 72, Source = "people.exams", From = from, To = until },
            new KpiFigure { Kind = KpiKind.Adherence, Value = 0.99, Source = "analytics.agent_states", From = from, To = until },
        };
        var draft = await fixture.Grains.GetGrain<IPerformanceReviewGrain>(ReviewKey.For("8009", from, until))
            .DraftAsync(PeopleActors.System, "8009", "trainee", from, until, figures);

        Assert.Equal(0.6 * (72.0 / 80 * 100) + 0.4 * 100, draft.Total, 9);
        Assert.Equal([KpiKind.ExamResults, KpiKind.Adherence], draft.Scores.Select(s => s.Definition.Kind));
        Assert.Contains(draft.Id, (await fixture.Reviews.ListAsync(PeopleActors.Hr, "8009", null, null, Ct)).Select(r => r.Id));
        Assert.Empty(await fixture.Reviews.ListAsync(new PeopleActor("8009", [PlatformRole.Agent]), null, null, null, Ct));
        Assert.Empty(await fixture.Reviews.ListAsync(PeopleActors.Hr, "8009", new DateOnly(2026, 10, 1), null, Ct));
    }
}
