using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Training;

namespace Hotline.Grains.Tests.Training;

[Trait("Category", "Unit")]
public sealed class ExamGraderTests
{
    // Options shown in reverse: shown position p is option 3 - p.
    private static readonly DrawnQuestion Single = new(TrainingSamples.Single, [3, 2, 1, 0]);
    private static readonly DrawnQuestion Multiple = new(TrainingSamples.Multiple, [2, 0, 3, 1]);
    private static readonly DrawnQuestion TrueFalse = new(TrainingSamples.TrueFalse, [0, 1]);
    private static readonly DrawnQuestion Short = new(TrainingSamples.Short, []);

    [Fact]
    public void A_single_choice_answer_is_read_through_the_paper_order()
    {
        // Option 1 (投诉举报) is shown at position 2.
        Assert.Equal(2, ExamGrader.GradeOne(Single, new ExamAnswer("q-single", [2])).Awarded);
        Assert.Equal(0, ExamGrader.GradeOne(Single, new ExamAnswer("q-single", [1])).Awarded);
        Assert.Equal([1], ExamGrader.GradeOne(Single, new ExamAnswer("q-single", [2])).Chosen);
    }

    [Fact]
    public void Multiple_choice_needs_every_right_option_and_no_wrong_one()
    {
        // Right options 0, 1, 3 are shown at positions 1, 3, 2; option 2 at position 0.
        Assert.Equal(3, ExamGrader.GradeOne(Multiple, new ExamAnswer("q-multi", [3, 1, 2])).Awarded);
        Assert.Equal(0, ExamGrader.GradeOne(Multiple, new ExamAnswer("q-multi", [1, 2])).Awarded);
        Assert.Equal(0, ExamGrader.GradeOne(Multiple, new ExamAnswer("q-multi", [0, 1, 2, 3])).Awarded);
    }

    [Fact]
    public void True_false_is_graded_automatically()
    {
        Assert.Equal(1, ExamGrader.GradeOne(TrueFalse, new ExamAnswer("q-tf", [0])).Awarded);
        Assert.Equal(0, ExamGrader.GradeOne(TrueFalse, new ExamAnswer("q-tf", [1])).Awarded);
    }

    [Fact]
    public void A_short_answer_waits_for_a_trainer_unless_it_is_empty()
    {
        var answered = ExamGrader.GradeOne(Short, new ExamAnswer("q-short", [], "先倾听，再复述诉求"));
        var blank = ExamGrader.GradeOne(Short, new ExamAnswer("q-short", [], "  "));

        Assert.Null(answered.Awarded);
        Assert.Equal("先倾听，再复述诉求", answered.Text);
        Assert.Equal(0, blank.Awarded);
    }

    [Fact]
    public void Unanswered_questions_score_nothing()
    {
        var results = ExamGrader.Grade([Single, Multiple, TrueFalse, Short], [new ExamAnswer("q-tf", [0])]);

        Assert.Equal([0, 0, 1, 0], results.Select(r => r.Awarded ?? -1));
    }

    [Fact]
    public void Bad_answers_are_refused_with_the_question_named()
    {
        Assert.Contains("option 4", Assert.Throws<PeopleValidationException>(() => ExamGrader.GradeOne(Single, new ExamAnswer("q-single", [4]))).Message, StringComparison.Ordinal);
        Assert.Contains("takes one option", Assert.Throws<PeopleValidationException>(() => ExamGrader.GradeOne(Single, new ExamAnswer("q-single", [1, 2]))).Message, StringComparison.Ordinal);
        Assert.Contains("not on this paper", Assert.Throws<PeopleValidationException>(() => ExamGrader.Grade([Single], [new ExamAnswer("q-other", [0])])).Message, StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Throws<PeopleValidationException>(() => ExamGrader.Grade([Single], [new ExamAnswer("q-single", [0]), new ExamAnswer("q-single", [1])])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(QuestionKind.SingleChoice, new[] { 0, 1 }, "marks 2 options right")]
    [InlineData(QuestionKind.MultipleChoice, new int[0], "marks 0 options right")]
    [InlineData(QuestionKind.SingleChoice, new[] { 5 }, "marks option 5 right")]
    public void Questions_with_bad_answers_are_refused(QuestionKind kind, int[] correct, string expected)
    {
        var question = TrainingSamples.Single with { Kind = kind, Correct = correct };

        var error = Assert.Throws<PeopleValidationException>(() => QuestionValidator.Normalise(question));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_true_false_question_without_options_gets_dui_and_cuo()
    {
        var question = QuestionValidator.Normalise(TrainingSamples.TrueFalse with { Options = [] });

        Assert.Equal(["对", "错"], question.Options);
    }
}
