using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Training;

/// <summary>Grades answers to a paper: choice and true/false questions at once (all or nothing), short answers left for a trainer.</summary>
public static class ExamGrader
{
    /// <summary>One result per drawn question, in paper order; an unanswered question gets 0 (or waits for a trainer if it is a short answer).</summary>
    public static IReadOnlyList<QuestionResult> Grade(IReadOnlyList<DrawnQuestion> paper, IReadOnlyList<ExamAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(answers);
        var byQuestion = new Dictionary<string, ExamAnswer>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (paper.All(d => d.Question.Id != answer.QuestionId))
                throw new PeopleValidationException($"The answer names question {answer.QuestionId}, which is not on this paper.");
            if (!byQuestion.TryAdd(answer.QuestionId, answer))
                throw new PeopleValidationException($"Question {answer.QuestionId} is answered more than once.");
        }

        return paper.Select(d => GradeOne(d, byQuestion.GetValueOrDefault(d.Question.Id))).ToList();
    }

    /// <summary>The result of one question.</summary>
    public static QuestionResult GradeOne(DrawnQuestion drawn, ExamAnswer? answer)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        var question = drawn.Question;
        if (question.Kind == QuestionKind.ShortAnswer)
        {
            var text = answer?.Text?.Trim();
            // An empty short answer needs no trainer: it earns nothing.
            return new QuestionResult
            {
                QuestionId = question.Id, Kind = question.Kind, Points = question.Points, Text = text,
                Awarded = string.IsNullOrEmpty(text) ? 0 : null,
            };
        }

        var chosen = (answer?.Selected ?? []).Select(shown => shown >= 0 && shown < drawn.OptionOrder.Count
                ? drawn.OptionOrder[shown]
                : throw new PeopleValidationException($"Question {question.Id} has options 0–{drawn.OptionOrder.Count - 1}; option {shown} does not exist."))
            .Distinct().Order().ToList();
        if (question.Kind != QuestionKind.MultipleChoice && chosen.Count > 1)
            throw new PeopleValidationException($"Question {question.Id} takes one option; {chosen.Count} were chosen.");
        var right = chosen.SequenceEqual(question.Correct.Order());
        return new QuestionResult { QuestionId = question.Id, Kind = question.Kind, Points = question.Points, Chosen = chosen, Awarded = right ? question.Points : 0 };
    }
}
