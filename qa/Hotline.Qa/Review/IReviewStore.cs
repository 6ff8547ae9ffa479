namespace Hotline.Qa.Review;

/// <summary>Where reviews and typical cases are kept.</summary>
public interface IReviewStore
{
    /// <summary>The review of a call, or null.</summary>
    Task<CallReview?> GetAsync(string callId, CancellationToken cancellationToken);

    /// <summary>Every review (the queue reads and orders them).</summary>
    Task<IReadOnlyList<CallReview>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces a call's review.</summary>
    Task SaveAsync(CallReview review, CancellationToken cancellationToken);

    /// <summary>Every typical case.</summary>
    Task<IReadOnlyList<TypicalCase>> CasesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces a typical case.</summary>
    Task SaveCaseAsync(TypicalCase typicalCase, CancellationToken cancellationToken);
}
