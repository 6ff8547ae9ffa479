namespace Hotline.Grains.Abstractions.People;

/// <summary>Which exam attempts to list: a state, an exam, an employee (each optional) and at most <see cref="Limit"/> of them.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ExamAttemptFilter")]
public sealed record ExamAttemptFilter
{
    /// <summary>The most a list may hold.</summary>
    public const int MaxLimit = 500;

    [Id(0)] public ExamAttemptState? State { get; init; }
    [Id(1)] public string? ExamId { get; init; }
    [Id(2)] public string? Employee { get; init; }
    /// <summary>1 … <see cref="MaxLimit"/>.</summary>
    [Id(3)] public int Limit { get; init; } = 100;

    /// <summary>The trainers' grading queue: submitted attempts with short answers still to grade.</summary>
    public static ExamAttemptFilter AwaitingGrading { get; } = new() { State = ExamAttemptState.AwaitingGrading };
}
