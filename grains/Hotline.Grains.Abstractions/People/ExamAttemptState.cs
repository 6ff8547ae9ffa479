namespace Hotline.Grains.Abstractions.People;

/// <summary>Where an exam attempt stands.</summary>
[GenerateSerializer]
public enum ExamAttemptState
{
    /// <summary>Started, not submitted, inside the time limit.</summary>
    InProgress,
    /// <summary>Submitted; short answers wait for a trainer.</summary>
    AwaitingGrading,
    /// <summary>Every question has its points.</summary>
    Graded,
    /// <summary>Submitted after the time limit: scored 0.</summary>
    Expired,
}
