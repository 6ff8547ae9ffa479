using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Training;

/// <summary>Checks an exam before it is stored: questions each once and in the bank, a sensible draw count, time limit and pass mark.</summary>
public static class ExamValidator
{
    /// <summary>Throws <see cref="PeopleValidationException"/> or <see cref="PeopleNotFoundException"/> naming the first problem.</summary>
    public static void Validate(Exam exam, ISet<string> bank)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(bank);
        if (string.IsNullOrWhiteSpace(exam.Id) || string.IsNullOrWhiteSpace(exam.Title))
            throw new PeopleValidationException($"Exam '{exam.Id}' needs an id and a title.");
        if (exam.QuestionIds.Count == 0)
            throw new PeopleValidationException($"Exam {exam.Id} has no questions.");
        var twice = exam.QuestionIds.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new PeopleValidationException($"Exam {exam.Id} lists question {twice.Key} more than once.");
        var missing = exam.QuestionIds.FirstOrDefault(id => !bank.Contains(id));
        if (missing is not null)
            throw new PeopleNotFoundException($"Exam {exam.Id} names question {missing}, which is not in the bank.");
        if (exam.DrawCount < 0 || exam.DrawCount > exam.QuestionIds.Count)
            throw new PeopleValidationException($"Exam {exam.Id} draws {exam.DrawCount} of {exam.QuestionIds.Count} questions.");
        if (exam.TimeLimit <= TimeSpan.Zero || exam.TimeLimit > TimeSpan.FromHours(8))
            throw new PeopleValidationException($"Exam {exam.Id} has time limit {exam.TimeLimit}; it must be between 0 and 8 hours.");
        if (!double.IsFinite(exam.PassPercent) || exam.PassPercent < 0 || exam.PassPercent > 100)
            throw new PeopleValidationException($"Exam {exam.Id} has pass mark {exam.PassPercent} %; it must be 0–100.");
    }
}
