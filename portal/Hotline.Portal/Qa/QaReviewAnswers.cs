using System.Security.Claims;
using Hotline.Portal.Identity;
using Hotline.Qa.Hosting;
using Hotline.Qa.Review;

namespace Hotline.Portal.Qa;

/// <summary>A review after scoring: the inspector finishes it, the agent sees the results of their calls and acknowledges or appeals (申诉)
/// each, and a QA lead decides the appeal. Every step updates the agent's archive; a decision is audited like a score change.</summary>
public sealed class QaReviewAnswers(QaPipeline qa, QaArchiveFeed archive, AuditLog audit)
{
    /// <summary>The finished reviews of <paramref name="agent"/>'s calls, newest first.</summary>
    public async Task<IReadOnlyList<CallReview>> MineAsync(string agent, CancellationToken cancellationToken) =>
        [.. (await qa.Reviews.AllAsync(cancellationToken)).Where(r => r.AgentId == agent && QaArchiveFeed.IsFinished(r)).OrderByDescending(r => r.ReviewedAt ?? r.EnqueuedAt)];

    /// <summary>The appeals waiting for a QA lead, oldest first.</summary>
    public async Task<IReadOnlyList<CallReview>> OpenAppealsAsync(CancellationToken cancellationToken) =>
        [.. (await qa.Reviews.AllAsync(cancellationToken)).Where(r => r.Status == ReviewStatus.Appealed).OrderBy(r => r.Appeal?.FiledAt)];

    /// <summary>The claiming inspector finishes the review of <paramref name="callId"/> with an optional remark; the agent is asked to answer next.</summary>
    /// <exception cref="InvalidOperationException">The call is not in review with this inspector.</exception>
    public async Task<CallReview> CompleteAsync(ClaimsPrincipal inspector, string callId, string? summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspector);
        var review = await qa.Reviews.CompleteAsync(callId, QaUser.NameOf(inspector), summary, cancellationToken);
        await archive.TryRecordAsync(review, CancellationToken.None);
        return review;
    }

    /// <summary><paramref name="agent"/> accepts the result of <paramref name="callId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The call is not one of the agent's reviewed calls.</exception>
    /// <exception cref="InvalidOperationException">The review is not waiting for the agent's answer.</exception>
    public async Task<CallReview> AcknowledgeAsync(string agent, string callId, CancellationToken cancellationToken)
    {
        await RequireOwnAsync(agent, callId, cancellationToken);
        var review = await qa.Reviews.AcknowledgeAsync(callId, agent, cancellationToken);
        await archive.TryRecordAsync(review, CancellationToken.None);
        return review;
    }

    /// <summary><paramref name="agent"/> appeals the result of <paramref name="callId"/>, saying why.</summary>
    /// <exception cref="KeyNotFoundException">The call is not one of the agent's reviewed calls.</exception>
    /// <exception cref="ArgumentException">The reason is empty.</exception>
    /// <exception cref="InvalidOperationException">The review is not waiting for the agent's answer.</exception>
    public async Task<CallReview> AppealAsync(string agent, string callId, string reason, CancellationToken cancellationToken)
    {
        await RequireOwnAsync(agent, callId, cancellationToken);
        var review = await qa.Reviews.AppealAsync(callId, agent, reason, cancellationToken);
        await archive.TryRecordAsync(review, CancellationToken.None);
        return review;
    }

    /// <summary>A QA lead decides the open appeal on <paramref name="callId"/> (score changes are corrections made before).</summary>
    /// <exception cref="ArgumentException">The decision has no comment.</exception>
    /// <exception cref="InvalidOperationException">There is no open appeal.</exception>
    public async Task<CallReview> DecideAsync(ClaimsPrincipal lead, string callId, bool upheld, string decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var review = await qa.Reviews.DecideAppealAsync(callId, QaUser.NameOf(lead), upheld, decision, cancellationToken);
        // The decision settles the score the agent is judged by; it is recorded as a score change.
        await audit.RecordAsync(lead, AuditAction.ScoreChange, callId, $"appeal {(upheld ? "upheld" : "rejected")}: {decision.Trim()}", CancellationToken.None);
        await archive.TryRecordAsync(review, CancellationToken.None);
        return review;
    }

    // Another agent's call answers "not found", as a call that does not exist does: an agent learns nothing of colleagues' reviews.
    private async Task RequireOwnAsync(string agent, string callId, CancellationToken cancellationToken)
    {
        if (await qa.Reviews.GetAsync(callId, cancellationToken) is not { } review || review.AgentId != agent || !QaArchiveFeed.IsFinished(review))
            throw new KeyNotFoundException($"Call {callId} is not a reviewed call of agent {agent}.");
    }
}
