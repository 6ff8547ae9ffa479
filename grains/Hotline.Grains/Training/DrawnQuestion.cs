using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Training;

/// <summary>A question as drawn onto a paper: the question as it was then, and the order its options are shown in (shown position → option index).</summary>
public sealed record DrawnQuestion(Question Question, IReadOnlyList<int> OptionOrder)
{
    /// <summary>The question as the candidate sees it.</summary>
    public ExamPaperQuestion ToPaper() =>
        new(Question.Id, Question.Kind, Question.Text, OptionOrder.Select(i => Question.Options[i]).ToList(), Question.Points);
}
