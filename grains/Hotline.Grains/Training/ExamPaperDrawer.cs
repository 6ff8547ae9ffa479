using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Training;

/// <summary>Draws a paper from an exam's pool: which questions, in which order, with choice options shuffled, all from the attempt's seed.</summary>
public static class ExamPaperDrawer
{
    /// <summary>The drawn questions; the same exam, bank and seed always give the same paper.</summary>
    public static IReadOnlyList<DrawnQuestion> Draw(Exam exam, IReadOnlyDictionary<string, Question> bank, int seed)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(bank);
        var random = new SeededShuffle(seed);
        var order = random.Shuffle(exam.QuestionIds);
        var count = exam.DrawCount <= 0 ? order.Count : Math.Min(exam.DrawCount, order.Count);
        return order.Take(count).Select(id =>
        {
            var question = bank.TryGetValue(id, out var q) ? q : throw new PeopleNotFoundException($"Exam {exam.Id} names question {id}, which is not in the bank.");
            var options = Enumerable.Range(0, question.Options.Count);
            // 对 before 错 reads naturally; shuffling the choices of the other kinds keeps answers from being learnt by position.
            var shown = question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice ? random.Shuffle(options) : options.ToList();
            return new DrawnQuestion(question, shown);
        }).ToList();
    }

    /// <summary>The seed of an attempt: a stable hash of its id (string.GetHashCode differs per process).</summary>
    public static int SeedOf(string attemptId)
    {
        ArgumentNullException.ThrowIfNull(attemptId);
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in attemptId)
                hash = (hash ^ c) * 16777619u;
            return (int)hash;
        }
    }
}
