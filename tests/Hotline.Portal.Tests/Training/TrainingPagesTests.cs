using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Training;
using Hotline.Portal.People;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Training;

/// <summary>培训与考试: the exams and courses listed, starting an exam opens its attempt, the paper with the time left, one option kept for a
/// single-choice question, the submitted answers and the score, and a late submission refused with the time-limit message.</summary>
[Trait("Category", "Unit")]
public sealed class TrainingPagesTests : PortalComponentTest
{
    private readonly ScriptedExamDesk desk = new();

    public TrainingPagesTests()
    {
        Services.AddSingleton<IExamDesk>(desk);
        // Ten minutes into the thirty-minute exam.
        Services.AddSingleton<TimeProvider>(new FixedClock(ScriptedExamDesk.Started.AddMinutes(10)));
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("8001", PlatformRole.Agent));
        Services.AddCascadingAuthenticationState();
    }

    [Fact]
    public void Exams_and_courses_are_listed_and_starting_an_exam_opens_its_attempt()
    {
        var page = Show<TrainingPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=training-exam]")));
        Assert.Contains("30 分钟", page.Find("[data-testid=training-exam]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/knowledge/articles/kb-1", page.Find("[data-testid=training-article]").GetAttribute("href"));

        page.Find("[data-testid=training-start-taxi-rules]").Click();

        Assert.EndsWith("/training/attempts/8001-taxi-rules-1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal(ExamAttemptState.InProgress, desk.Attempt!.State);
    }

    [Fact]
    public void The_paper_shows_the_time_left_and_the_submitted_answers_are_graded()
    {
        desk.Start();
        var page = Show<ExamAttemptPage>(p => p.Add(x => x.AttemptId, desk.Paper.AttemptId));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=exam-question]").Count));
        Assert.Contains("20:00", page.Find("[data-testid=exam-time-left]").TextContent, StringComparison.Ordinal);

        Check(page, "q1", 1);
        Check(page, "q1", 0);
        Check(page, "q2", 0);
        Check(page, "q2", 1);
        page.Find("textarea[data-testid=exam-text-q3], [data-testid=exam-text-q3] textarea").Change("登记、派单、回访");
        page.Find("[data-testid=exam-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("得分 8 / 10", page.Find("[data-testid=exam-score]").TextContent, StringComparison.Ordinal));
        var answers = Assert.Single(desk.Submitted).ToDictionary(a => a.QuestionId);
        Assert.Equal([0], answers["q1"].Selected);
        Assert.Equal([0, 1], answers["q2"].Selected);
        Assert.Equal("登记、派单、回访", answers["q3"].Text);
        Assert.Contains("简答题由培训员阅卷", page.Find("[data-testid=exam-awaiting]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=exam-submit]"));
    }

    [Fact]
    public void A_late_submission_is_refused_with_the_time_limit_message_and_the_attempt_shows_as_expired()
    {
        desk.Start();
        desk.Late = true;
        var page = Show<ExamAttemptPage>(p => p.Add(x => x.AttemptId, desk.Paper.AttemptId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=exam-submit]")));

        page.Find("[data-testid=exam-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("已超过考试时限，答卷未被接受", page.Find("[data-testid=exam-failure]").TextContent, StringComparison.Ordinal));
        Assert.Equal("已超时", page.Find("[data-testid=exam-state]").TextContent);
        Assert.Equal("不及格", page.Find("[data-testid=exam-passed]").TextContent);
    }

    private static void Check(IRenderedComponent<ExamAttemptPage> page, string question, int option) =>
        page.Find($"[data-testid=exam-option-{question}-{option}] input, input[data-testid=exam-option-{question}-{option}]").Change(true);
}
