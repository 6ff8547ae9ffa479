namespace Hotline.Grains.Abstractions.People;

/// <summary>How a question is answered and graded.</summary>
[GenerateSerializer]
public enum QuestionKind
{
    /// <summary>One option is right; graded automatically.</summary>
    SingleChoice,
    /// <summary>Every right option and no wrong one must be chosen; graded automatically, all or nothing.</summary>
    MultipleChoice,
    /// <summary>Options 对 / 错; graded automatically.</summary>
    TrueFalse,
    /// <summary>Free text graded by a trainer.</summary>
    ShortAnswer,
}
