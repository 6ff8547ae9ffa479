using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Training;

/// <summary>Checks a question before it enters the bank; true/false questions without options get 对 / 错.</summary>
public static class QuestionValidator
{
    /// <summary>The options a true/false question gets: 对 (index 0) and 错 (index 1).</summary>
    public static IReadOnlyList<string> TrueFalseOptions { get; } = ["对", "错"];

    /// <summary>The question, normalised; throws <see cref="PeopleValidationException"/> naming the first problem.</summary>
    public static Question Normalise(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(question.Id))
            throw new PeopleValidationException("The question's id is empty.");
        if (string.IsNullOrWhiteSpace(question.Text))
            throw new PeopleValidationException($"Question {question.Id} has no text.");
        if (!double.IsFinite(question.Points) || question.Points <= 0)
            throw new PeopleValidationException($"Question {question.Id} is worth {question.Points} points; it must be worth more than 0.");
        if (!Enum.IsDefined(question.Kind))
            throw new PeopleValidationException($"Question {question.Id} has an unknown kind {(int)question.Kind}.");
        var q = question.Kind == QuestionKind.TrueFalse && question.Options.Count == 0 ? question with { Options = TrueFalseOptions } : question;
        if (q.Kind == QuestionKind.ShortAnswer)
        {
            if (q.Options.Count > 0 || q.Correct.Count > 0)
                throw new PeopleValidationException($"Short-answer question {q.Id} has options or right answers; a trainer grades it.");
            return q;
        }

        if (q.Options.Count < 2 || q.Options.Any(string.IsNullOrWhiteSpace))
            throw new PeopleValidationException($"Question {q.Id} needs at least two non-empty options.");
        if (q.Kind == QuestionKind.TrueFalse && q.Options.Count != 2)
            throw new PeopleValidationException($"True/false question {q.Id} has {q.Options.Count} options; it takes two.");
        var outOfRange = q.Correct.Where(i => i < 0 || i >= q.Options.Count).ToList();
        if (outOfRange.Count > 0)
            throw new PeopleValidationException($"Question {q.Id} marks option {outOfRange[0]} right; it has options 0–{q.Options.Count - 1}.");
        if (q.Correct.Distinct().Count() != q.Correct.Count)
            throw new PeopleValidationException($"Question {q.Id} marks an option right twice.");
        if (q.Kind == QuestionKind.MultipleChoice ? q.Correct.Count == 0 : q.Correct.Count != 1)
            throw new PeopleValidationException($"Question {q.Id} ({q.Kind}) marks {q.Correct.Count} options right.");
        return q;
    }
}
