using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Training;
using MudBlazor;

namespace Hotline.Portal.Tests.Training;

/// <summary>培训管理 on the real training catalog and a SQLite file: writing questions (right options numbered from 1, a wrong number refused
/// in Chinese with nothing stored), building an exam from the bank, a course and its completion in the archive, and an onboarding plan.</summary>
[Trait("Category", "Integration")]
public sealed class TrainingAuthoringPagesTests : TrainingCatalogPageTest
{
    private static readonly Question Refusal = new()
    {
        Id = "q-refusal", Kind = QuestionKind.SingleChoice, Text = "出租车拒载应归入哪类工单？", Options = ["信息咨询", "投诉举报"], Correct = [1], Points = 2, Topic = "出租车",
    };

    private static readonly Question Calming = new()
    {
        Id = "q-calm", Kind = QuestionKind.ShortAnswer, Text = "简述安抚来电人的要点。", Points = 4, Topic = "服务规范", Guidance = "倾听、共情",
    };

    [Fact]
    public async Task A_question_is_written_with_its_right_options_numbered_from_one()
    {
        await CreateTablesAsync();
        var panel = Show<QuestionBankPanel>(p => p.Add(x => x.Actor, Trainer));
        await ChooseAsync(panel, "question-kind", QuestionKind.MultipleChoice);
        Type(panel, "question-id", "q-record");
        Type(panel, "question-text", "受理投诉时必须记录哪些信息？");
        Type(panel, "question-topic", "出租车");
        Type(panel, "question-options", "车牌号\n乘车时间\n来电人星座\n上下车地点");
        Type(panel, "question-correct", "1，2、4");
        Type(panel, "question-points", "3");

        panel.Find("[data-testid=question-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("试题 q-record 已保存", panel.Find("[data-testid=question-saved]").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(await Catalog.GetQuestionsAsync(Trainer, null, Token));
        Assert.Equal(QuestionKind.MultipleChoice, stored.Kind);
        Assert.Equal(["车牌号", "乘车时间", "来电人星座", "上下车地点"], stored.Options);
        Assert.Equal([0, 1, 3], stored.Correct);
        Assert.Equal(3, stored.Points);
        Assert.Contains("多选题", Assert.Single(panel.FindAll("[data-testid=question-row]")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_right_answer_that_is_no_option_is_refused_in_chinese_and_nothing_is_stored()
    {
        await CreateTablesAsync();
        var panel = Show<QuestionBankPanel>(p => p.Add(x => x.Actor, Trainer));
        Type(panel, "question-id", "q-bad");
        Type(panel, "question-text", "拒载如何处理？");
        Type(panel, "question-options", "派单\n不予受理");
        Type(panel, "question-correct", "3");

        panel.Find("[data-testid=question-save]").Click();

        Assert.Equal("正确答案中的“3”不是选项序号：请填写 1 到 2 之间的数字。", panel.Find("[data-testid=question-failure]").TextContent);
        Assert.Empty(await Catalog.GetQuestionsAsync(Trainer, null, Token));
    }

    [Fact]
    public async Task An_existing_question_is_edited_and_the_bank_is_filtered_by_topic()
    {
        await CreateTablesAsync();
        await Catalog.SaveQuestionAsync(Trainer, Refusal, Token);
        await Catalog.SaveQuestionAsync(Trainer, Calming, Token);
        var panel = Show<QuestionBankPanel>(p => p.Add(x => x.Actor, Trainer));
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=question-row]").Count));

        await ChooseAsync(panel, "question-topic-filter", "服务规范");
        Assert.Contains("q-calm", Assert.Single(panel.FindAll("[data-testid=question-row]")).TextContent, StringComparison.Ordinal);

        panel.Find("[data-testid=question-edit-q-calm]").Click();
        Type(panel, "question-guidance", "倾听、共情、复述诉求");
        panel.Find("[data-testid=question-save]").Click();

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=question-saved]")));
        var stored = (await Catalog.GetQuestionsAsync(Trainer, "服务规范", Token)).Single();
        Assert.Equal("倾听、共情、复述诉求", stored.Guidance);
        Assert.Equal(Calming.Text, stored.Text);
    }

    [Fact]
    public async Task An_exam_is_built_from_picked_questions_and_one_without_questions_is_refused()
    {
        await CreateTablesAsync();
        await Catalog.SaveQuestionAsync(Trainer, Refusal, Token);
        await Catalog.SaveQuestionAsync(Trainer, Calming, Token);
        var panel = Show<ExamEditorPanel>(p => p.Add(x => x.Actor, Trainer));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=exam-pick-q-calm]")));
        Type(panel, "exam-id", "exam-taxi");
        Type(panel, "exam-title", "出租车投诉受理考试");

        panel.Find("[data-testid=exam-save]").Click();
        panel.WaitForAssertion(() => Assert.Contains("has no questions", panel.Find("[data-testid=exam-form-failure]").TextContent, StringComparison.Ordinal));
        Assert.Empty(await Catalog.GetExamsAsync(Token));

        panel.Find("[data-testid=exam-pick-q-refusal] input, input[data-testid=exam-pick-q-refusal]").Change(true);
        panel.Find("[data-testid=exam-pick-q-calm] input, input[data-testid=exam-pick-q-calm]").Change(true);
        Type(panel, "exam-minutes", "20");
        Type(panel, "exam-pass", "75");
        panel.Find("[data-testid=exam-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("考试 exam-taxi 已保存", panel.Find("[data-testid=exam-saved]").TextContent, StringComparison.Ordinal));
        var exam = Assert.Single(await Catalog.GetExamsAsync(Token));
        Assert.Equal(["q-refusal", "q-calm"], exam.QuestionIds);
        Assert.Equal(TimeSpan.FromMinutes(20), exam.TimeLimit);
        Assert.Equal(75, exam.PassPercent);
        Assert.Contains("20 分钟", Assert.Single(panel.FindAll("[data-testid=exam-row]")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_course_is_saved_and_a_completion_goes_into_the_archive()
    {
        await CreateTablesAsync();
        var panel = Show<CourseEditorPanel>(p => p.Add(x => x.Actor, Trainer));
        Type(panel, "course-id", "c-taxi");
        Type(panel, "course-title", "出租汽车服务规范");
        Type(panel, "course-articles", "kb-1，kb-2 kb-1");
        Type(panel, "course-cases", "call-9");
        panel.Find("[data-testid=course-save]").Click();
        panel.WaitForAssertion(() => Assert.Contains("课程 c-taxi 已保存", panel.Find("[data-testid=course-done]").TextContent, StringComparison.Ordinal));

        Type(panel, "completion-employee", "8001");
        await ChooseAsync(panel, "completion-course", "c-taxi");
        panel.Find("[data-testid=completion-record]").Click();

        panel.WaitForAssertion(() => Assert.Contains("已登记 8001 完成课程 c-taxi", panel.Find("[data-testid=course-done]").TextContent, StringComparison.Ordinal));
        var course = Assert.Single(await Catalog.GetCoursesAsync(Token));
        Assert.Equal(["kb-1", "kb-2"], course.ArticleIds);
        Assert.Equal(["call-9"], course.CaseCallIds);
        await using var db = await Contexts.CreateDbContextAsync(Token);
        var entry = Assert.Single(db.Archive.Where(a => a.Employee == "8001"));
        Assert.Equal("c-taxi", entry.Reference);
    }

    [Fact]
    public async Task An_onboarding_plan_is_set_for_a_new_hire_and_a_bad_due_date_is_named()
    {
        await CreateTablesAsync();
        await Catalog.SaveQuestionAsync(Trainer, Refusal, Token);
        await Catalog.SaveExamAsync(Trainer, new Exam { Id = "exam-taxi", Title = "出租车投诉受理考试", QuestionIds = ["q-refusal"], TimeLimit = TimeSpan.FromMinutes(10) }, Token);
        var panel = Show<OnboardingPlanPanel>(p => p.Add(x => x.Actor, Trainer));
        Type(panel, "plan-employee", "8011");
        panel.Find("[data-testid=plan-load]").Click();
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=plan-form]")));
        Assert.Equal("2026-11-28", panel.Find("[data-testid=plan-start] input, input[data-testid=plan-start]").GetAttribute("value"));

        panel.Find("[data-testid=plan-item-add]").Click();
        await ChooseAsync(panel, "plan-item-kind-0", OnboardingItemKind.Exam);
        await ChooseAsync(panel, "plan-item-reference-0", "exam-taxi");
        Type(panel, "plan-item-due-0", "2026/12/05");
        panel.Find("[data-testid=plan-save]").Click();

        Assert.Equal("截止日期“2026/12/05”不是日期，请按 yyyy-MM-dd 填写。", panel.Find("[data-testid=plan-failure]").TextContent);
        await Assert.ThrowsAsync<PeopleNotFoundException>(() => Catalog.GetProgressAsync(Trainer, "8011", new DateOnly(2026, 11, 28), Token));

        Type(panel, "plan-item-due-0", "2026-12-05");
        panel.Find("[data-testid=plan-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("8011 的入职计划已保存", panel.Find("[data-testid=plan-saved]").TextContent, StringComparison.Ordinal));
        var progress = await Catalog.GetProgressAsync(Trainer, "8011", new DateOnly(2026, 11, 28), Token);
        Assert.Equal(new OnboardingItem(OnboardingItemKind.Exam, "exam-taxi", new DateOnly(2026, 12, 5)), Assert.Single(progress.Plan.Items));
        var row = Assert.Single(panel.FindAll("[data-testid=plan-progress-row]"));
        Assert.Contains("出租车投诉受理考试", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("进行中", row.TextContent, StringComparison.Ordinal);
    }
}
