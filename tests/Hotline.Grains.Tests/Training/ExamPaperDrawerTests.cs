using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Training;

namespace Hotline.Grains.Tests.Training;

[Trait("Category", "Unit")]
public sealed class ExamPaperDrawerTests
{
    private static readonly IReadOnlyDictionary<string, Question> Bank = TrainingSamples.Pool(20).ToDictionary(q => q.Id);
    private static readonly Exam Exam = TrainingSamples.Exam("exam-pool", Bank.Keys, draw: 8);

    [Fact]
    public void The_same_seed_draws_the_same_paper()
    {
        var first = ExamPaperDrawer.Draw(Exam, Bank, seed: 1234);
        var second = ExamPaperDrawer.Draw(Exam, Bank, seed: 1234);

        Assert.Equal(first.Select(d => d.Question.Id), second.Select(d => d.Question.Id));
        Assert.Equal(first.Select(d => string.Join(",", d.OptionOrder)), second.Select(d => string.Join(",", d.OptionOrder)));
    }

    [Fact]
    public void Different_seeds_draw_different_papers()
    {
        var papers = Enumerable.Range(0, 10)
            .Select(seed => string.Join(" ", ExamPaperDrawer.Draw(Exam, Bank, seed).Select(d => d.Question.Id + ":" + string.Join(",", d.OptionOrder))))
            .ToHashSet();

        // Ten seeds over 20-choose-8 questions and shuffled options: identical papers would mean the seed is ignored.
        Assert.True(papers.Count >= 9, $"only {papers.Count} distinct papers from 10 seeds");
    }

    [Fact]
    public void A_paper_holds_the_draw_count_of_distinct_pool_questions_with_every_option_once()
    {
        var paper = ExamPaperDrawer.Draw(Exam, Bank, seed: 99);

        Assert.Equal(8, paper.Count);
        Assert.Equal(8, paper.Select(d => d.Question.Id).Distinct().Count());
        Assert.All(paper, d => Assert.Contains(d.Question.Id, Exam.QuestionIds));
        Assert.All(paper, d => Assert.Equal([0, 1, 2, 3], d.OptionOrder.Order()));
    }

    [Fact]
    public void Draw_count_zero_takes_the_whole_pool_and_true_false_keeps_its_order()
    {
        var exam = TrainingSamples.Exam("exam-all", TrainingSamples.Bank.Keys);

        var paper = ExamPaperDrawer.Draw(exam, TrainingSamples.Bank, seed: 7);

        Assert.Equal(TrainingSamples.Bank.Keys.Order(), paper.Select(d => d.Question.Id).Order());
        Assert.Equal([0, 1], paper.Single(d => d.Question.Kind == QuestionKind.TrueFalse).OptionOrder);
        Assert.Equal(["对", "错"], paper.Single(d => d.Question.Kind == QuestionKind.TrueFalse).ToPaper().Options);
    }

    [Fact]
    public void The_seed_of_an_attempt_is_stable_and_differs_between_attempts()
    {
        Assert.Equal(ExamPaperDrawer.SeedOf("8001-exam-1"), ExamPaperDrawer.SeedOf("8001-exam-1"));
        Assert.NotEqual(ExamPaperDrawer.SeedOf("8001-exam-1"), ExamPaperDrawer.SeedOf("8001-exam-2"));
        // FNV-1a of "a": a fixed value, so papers survive a process restart.
        Assert.Equal(unchecked((int)0xE40C292Cu), ExamPaperDrawer.SeedOf("a"));
    }

    [Fact]
    public void A_pool_question_missing_from_the_bank_is_named()
    {
        var exam = TrainingSamples.Exam("exam-missing", ["pool-01", "ghost"]);

        var error = Assert.Throws<PeopleNotFoundException>(() => ExamPaperDrawer.Draw(exam, Bank, seed: 1));

        Assert.Contains("ghost", error.Message, StringComparison.Ordinal);
    }
}
