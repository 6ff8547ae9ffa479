using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>The reviews through the review catalog and each review's grain.</summary>
public sealed class GrainPerformanceReviews(IGrainFactory grains, IReviewCatalog catalog) : IPerformanceReviews
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewSnapshot>> ListAsync(PeopleActor actor, string? employee, DateOnly? from, DateOnly? until, CancellationToken cancellationToken) =>
        catalog.ListAsync(actor, employee, from, until, cancellationToken);

    /// <inheritdoc />
    public Task<ReviewSnapshot> GetAsync(PeopleActor actor, string key) => Review(key).GetAsync(actor);

    /// <inheritdoc />
    public Task<ReviewSnapshot> CommentAsync(PeopleActor actor, string key, string comment) => Review(key).CommentAsync(actor, comment);

    /// <inheritdoc />
    public Task<ReviewSnapshot> ApproveAsync(PeopleActor actor, string key, string? note) => Review(key).ApproveAsync(actor, note);

    /// <inheritdoc />
    public Task<ReviewSnapshot> ReturnAsync(PeopleActor actor, string key, string reason) => Review(key).ReturnAsync(actor, reason);

    /// <inheritdoc />
    public Task<ReviewSnapshot> AcknowledgeAsync(PeopleActor actor, string key, string? note) => Review(key).AcknowledgeAsync(actor, note);

    private IPerformanceReviewGrain Review(string key) => grains.GetGrain<IPerformanceReviewGrain>(key);
}
