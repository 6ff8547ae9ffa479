namespace Hotline.Qa.Review;

/// <summary>The inspectors' review queue (复核): sampled calls wait, are claimed, corrected with comments, finished, then acknowledged or appealed by the agent.</summary>
/// <remarks>One gate serialises changes so two inspectors never claim the same call and a correction never overwrites another.</remarks>
public sealed class ReviewWorkflow(IReviewStore store, SamplingPolicy policy, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Offers a scored call to the sampling rules; returns its queued review, or null when no rule picked it.</summary>
    /// <param name="call">The call and its automatic total.</param>
    /// <param name="itemScores">The automatic score per scorecard item.</param>
    /// <param name="itemPoints">Each item's full marks.</param>
    /// <param name="cancellationToken">Stops the wait for the store.</param>
    public async Task<CallReview?> OfferAsync(ReviewCandidate call, IReadOnlyDictionary<string, double> itemScores, IReadOnlyDictionary<string, double> itemPoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var reasons = policy.Reasons(call);
        if (reasons.Count == 0)
            return null;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await store.GetAsync(call.CallId, cancellationToken) is { } existing)
                return existing;
            var review = new CallReview(call.CallId, call.AgentId, call.ArrivedAt, reasons, call.Score,
                new Dictionary<string, double>(itemScores), new Dictionary<string, double>(itemPoints), ReviewStatus.Pending, clock.GetUtcNow());
            await store.SaveAsync(review, cancellationToken);
            return review;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The review of a call, or null when it was not sampled.</summary>
    public Task<CallReview?> GetAsync(string callId, CancellationToken cancellationToken = default) => store.GetAsync(callId, cancellationToken);

    /// <summary>Every review in any status.</summary>
    public Task<IReadOnlyList<CallReview>> AllAsync(CancellationToken cancellationToken = default) => store.AllAsync(cancellationToken);

    /// <summary>The waiting reviews, most urgent first: by reason, then lowest score, then oldest.</summary>
    public async Task<IReadOnlyList<CallReview>> PendingAsync(CancellationToken cancellationToken = default) =>
        [.. (await store.AllAsync(cancellationToken)).Where(r => r.Status == ReviewStatus.Pending)
            .OrderBy(r => r.Reasons.Min()).ThenBy(r => r.AutoScore).ThenBy(r => r.ArrivedAt)];

    /// <summary>Claims the most urgent waiting review for an inspector; null when the queue is empty.</summary>
    public async Task<CallReview?> ClaimNextAsync(string inspector, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspector);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var pending = await PendingAsync(cancellationToken);
            if (pending.Count == 0)
                return null;
            var next = pending[0];
            var claimed = next with { Status = ReviewStatus.InReview, Inspector = inspector };
            await store.SaveAsync(claimed, cancellationToken);
            return claimed;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Changes one item's score with a comment: by the claiming inspector while in review, or by a QA lead on an open appeal.</summary>
    public Task<CallReview> CorrectAsync(string callId, string by, string itemId, double corrected, string comment, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (string.IsNullOrWhiteSpace(comment))
            throw new ArgumentException($"A correction of item '{itemId}' on call {callId} needs a comment saying why.", nameof(comment));
        return ChangeAsync(callId, review =>
        {
            var open = (review.Status == ReviewStatus.InReview && review.Inspector == by) || review.Status == ReviewStatus.Appealed;
            if (!open)
                throw new InvalidOperationException($"Call {callId} is {review.Status}{(review.Inspector is null ? "" : $" with {review.Inspector}")}; {by} cannot correct it now.");
            if (!review.ItemScores.TryGetValue(itemId, out var previous))
                throw new ArgumentException($"Call {callId} has no scorecard item '{itemId}' (items: {string.Join(", ", review.ItemScores.Keys)}).", nameof(itemId));
            var points = review.ItemPoints.GetValueOrDefault(itemId, double.PositiveInfinity);
            if (corrected < 0 || corrected > points)
                throw new ArgumentOutOfRangeException(nameof(corrected), corrected, $"Item '{itemId}' scores 0–{points}.");
            var scores = new Dictionary<string, double>(review.ItemScores) { [itemId] = corrected };
            return review with
            {
                ItemScores = scores,
                Corrections = [.. review.Corrections, new ScoreCorrection(itemId, previous, corrected, comment.Trim(), by, clock.GetUtcNow())],
            };
        }, cancellationToken);
    }

    /// <summary>The inspector finishes the review; the agent is asked to acknowledge.</summary>
    public Task<CallReview> CompleteAsync(string callId, string inspector, string? summary, CancellationToken cancellationToken = default) =>
        ChangeAsync(callId, review => review.Status == ReviewStatus.InReview && review.Inspector == inspector
            ? review with { Status = ReviewStatus.Reviewed, Summary = summary, ReviewedAt = clock.GetUtcNow() }
            : throw new InvalidOperationException($"Call {callId} is {review.Status} with {review.Inspector ?? "nobody"}; {inspector} cannot finish it."), cancellationToken);

    /// <summary>The agent accepts the reviewed result.</summary>
    public Task<CallReview> AcknowledgeAsync(string callId, string agentId, CancellationToken cancellationToken = default) =>
        ChangeAsync(callId, review => Answerable(review, agentId) with { Status = ReviewStatus.Acknowledged, AcknowledgedAt = clock.GetUtcNow() }, cancellationToken);

    /// <summary>The agent appeals the reviewed result, saying why.</summary>
    public Task<CallReview> AppealAsync(string callId, string agentId, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException($"An appeal on call {callId} needs a reason.", nameof(reason));
        return ChangeAsync(callId, review => Answerable(review, agentId) with { Status = ReviewStatus.Appealed, Appeal = new Appeal(reason.Trim(), clock.GetUtcNow()) }, cancellationToken);
    }

    /// <summary>The QA lead decides an open appeal (any score changes are made with <see cref="CorrectAsync"/> first).</summary>
    public Task<CallReview> DecideAppealAsync(string callId, string lead, bool upheld, string decision, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(decision))
            throw new ArgumentException($"The decision on call {callId}'s appeal needs a comment.", nameof(decision));
        return ChangeAsync(callId, review => review is { Status: ReviewStatus.Appealed, Appeal: { } appeal }
            ? review with { Status = ReviewStatus.AppealDecided, Appeal = appeal with { Upheld = upheld, Decision = decision.Trim(), DecidedBy = lead, DecidedAt = clock.GetUtcNow() } }
            : throw new InvalidOperationException($"Call {callId} is {review.Status}: there is no open appeal to decide."), cancellationToken);
    }

    /// <summary>Every finished review (reviewed, acknowledged, appealed or decided): the corrected scores the model learns from.</summary>
    public async Task<IReadOnlyList<CallReview>> FinishedAsync(CancellationToken cancellationToken = default) =>
        [.. (await store.AllAsync(cancellationToken)).Where(r => r.Status >= ReviewStatus.Reviewed)];

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private static CallReview Answerable(CallReview review, string agentId)
    {
        if (review.AgentId != agentId)
            throw new InvalidOperationException($"Call {review.CallId} was taken by {review.AgentId}, not {agentId}.");
        if (review.Status != ReviewStatus.Reviewed)
            throw new InvalidOperationException($"Call {review.CallId} is {review.Status}; only a reviewed call can be acknowledged or appealed.");
        return review;
    }

    private async Task<CallReview> ChangeAsync(string callId, Func<CallReview, CallReview> change, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var review = await store.GetAsync(callId, cancellationToken) ?? throw new KeyNotFoundException($"Call {callId} is not in the review queue.");
            var changed = change(review);
            await store.SaveAsync(changed, cancellationToken);
            return changed;
        }
        finally
        {
            gate.Release();
        }
    }
}
