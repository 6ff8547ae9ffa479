using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Training;
using Hotline.Portal.People;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Training;

/// <summary>阅卷: the grading queue lists an attempt waiting for its short answer; a trainer reads the answer beside the grading guidance and gives
/// points (no more than the question is worth; a refusal is shown in the grain's words); the candidate sees the results but no grading controls.</summary>
[Trait("Category", "Unit")]
public sealed class GradingPagesTests : PortalComponentTest
{
    private static readonly PeopleActor Candidate = new("8001", [PlatformRole.Agent]);
    private readonly ScriptedExamDesk desk = new();

    private void SignIn(string name, string role)
    {
        Services.AddSingleton<IExamDesk>(desk);
        Services.AddSingleton<TimeProvider>(new FixedClock(ScriptedExamDesk.Started.AddMinutes(40)));
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(name, role));
        Services.AddCascadingAuthenticationState();
    }

    // 8001 submitted with q1 and q2 right and a short answer for the trainer: 8 of 10 so far.
    private async Task SubmittedAsync()
    {
        desk.Start();
        await desk.SubmitAsync(Candidate, desk.Paper.AttemptId, [new("q1", [0]), new("q2", [0, 1]), new("q3", [], "先登记，再派单，最后回访")]);
    }

    [Fact]
    public async Task The_queue_lists_the_attempt_waiting_for_its_short_answer_with_a_link_to_grade_it()
    {
        SignIn("trainer-1", PlatformRole.Trainer);
        await SubmittedAsync();

        var panel = Show<GradingQueuePanel>(p => p.Add(x => x.Actor, new PeopleActor("trainer-1", [PlatformRole.Trainer])));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=grading-row]")));
        var cells = panel.FindAll("[data-testid=grading-row] td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("8001", cells[0]);
        Assert.Equal("出租汽车管理条例考试", cells[1]);
        Assert.Equal("2026-11-28 09:12", cells[2]);
        Assert.Equal("1", cells[3]);
        Assert.Equal("得分 8 / 10", cells[4]);
        Assert.Equal("/training/attempts/8001-taxi-rules-1", panel.Find("[data-testid='grading-open-8001-taxi-rules-1']").GetAttribute("href"));
    }

    [Fact]
    public void An_empty_queue_says_so()
    {
        SignIn("trainer-1", PlatformRole.Trainer);

        var panel = Show<GradingQueuePanel>(p => p.Add(x => x.Actor, new PeopleActor("trainer-1", [PlatformRole.Trainer])));

        panel.WaitForAssertion(() => Assert.Equal("没有待评分的答卷。", panel.Find("[data-testid=grading-empty]").TextContent));
    }

    [Fact]
    public async Task A_trainer_reads_the_answer_and_guidance_and_gives_points_within_the_questions_worth()
    {
        SignIn("trainer-1", PlatformRole.Trainer);
        await SubmittedAsync();
        var page = Show<ExamAttemptPage>(p => p.Add(x => x.AttemptId, desk.Paper.AttemptId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=grade-save-q3]")));
        Assert.Contains("先登记，再派单，最后回访", page.Find("[data-testid=result-text-q3]").TextContent, StringComparison.Ordinal);
        Assert.Contains("登记、派单、回访", page.Find("[data-testid=result-guidance-q3]").TextContent, StringComparison.Ordinal);
        Assert.Contains("待评分", page.Find("[data-testid=result-points-q3]").TextContent, StringComparison.Ordinal);
        Assert.Contains("得分 4 / 4", page.Find("[data-testid=result-points-q1]").TextContent, StringComparison.Ordinal);

        desk.RefuseNextGrade = "Attempt 8001-taxi-rules-1 is Graded; only a submitted attempt awaiting grading takes points.";
        page.Find("[data-testid=grade-points-q3] input, input[data-testid=grade-points-q3]").Change("1");
        page.Find("[data-testid=grade-save-q3]").Click();

        page.WaitForAssertion(() => Assert.Contains("only a submitted attempt awaiting grading", page.Find("[data-testid=grade-failure]").TextContent, StringComparison.Ordinal));
        Assert.Empty(desk.Grades);

        // More than the question is worth is held at its worth (2) by the field.
        page.Find("[data-testid=grade-points-q3] input, input[data-testid=grade-points-q3]").Change("3");
        page.Find("[data-testid=grade-comment-q3] input, input[data-testid=grade-comment-q3]").Change("步骤完整");
        page.Find("[data-testid=grade-save-q3]").Click();

        page.WaitForAssertion(() => Assert.Equal("已评分", page.Find("[data-testid=exam-state]").TextContent));
        Assert.Equal(("trainer-1", "q3", 2.0, "步骤完整"), Assert.Single(desk.Grades));
        Assert.Contains("得分 10 / 10", page.Find("[data-testid=exam-score]").TextContent, StringComparison.Ordinal);
        Assert.Contains("评分人 trainer-1：步骤完整", page.Find("[data-testid=result-graded-q3]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=grade-save-q3]"));
    }

    [Fact]
    public async Task The_candidate_sees_the_results_but_cannot_grade()
    {
        SignIn("8001", PlatformRole.Agent);
        await SubmittedAsync();

        var page = Show<ExamAttemptPage>(p => p.Add(x => x.AttemptId, desk.Paper.AttemptId));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=result-question]").Count));
        Assert.Contains("先登记，再派单，最后回访", page.Find("[data-testid=result-text-q3]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=grade-save-q3]"));
        Assert.Empty(page.FindAll("[data-testid=result-guidance-q3]"));
    }
}
