namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>
/// One article (key: its id): serialises every change, holds the edit lock (with expiry; an administrator may force
/// it free), keeps every version and runs the workflow draft → in review → approved → published → archived.
/// </summary>
/// <remarks>
/// Actions throw <see cref="KnowledgeNotFoundException"/> (no such article), <see cref="KnowledgeAccessException"/> (roles),
/// <see cref="KnowledgeWorkflowException"/> (state), <see cref="KnowledgeLockException"/> (lock) or
/// <see cref="KnowledgeValidationException"/> (content).
/// </remarks>
public interface IKnowledgeArticleGrain : IGrainWithStringKey
{
    /// <summary>Stores the article as a draft with version 1; the author needs the library's edit roles.</summary>
    Task<KnowledgeArticleSnapshot> CreateAsync(KnowledgeActor actor, string libraryId, KnowledgeContent content);

    /// <summary>The article as the actor may see it: the working version for editors and reviewers, the published one for readers.</summary>
    Task<KnowledgeArticleSnapshot> GetAsync(KnowledgeActor actor);

    /// <summary>Takes (or renews) the edit lock; refused while someone else holds an unexpired lock.</summary>
    Task<KnowledgeLock> AcquireLockAsync(KnowledgeActor actor);

    /// <summary>Gives the lock back; only its holder may.</summary>
    Task ReleaseLockAsync(KnowledgeActor actor);

    /// <summary>An administrator frees the lock whoever holds it (e.g. an editor who went home); recorded in the history with the reason.</summary>
    Task ForceReleaseLockAsync(KnowledgeActor actor, string reason);

    /// <summary>Stores new content as the next version; needs the lock. A published article goes back to draft (agents keep reading the published version).</summary>
    Task<KnowledgeArticleSnapshot> EditAsync(KnowledgeActor actor, KnowledgeContent content, string? note);

    /// <summary>Sends a draft to review, optionally to a named reviewer; releases the submitter's lock.</summary>
    Task<KnowledgeArticleSnapshot> SubmitAsync(KnowledgeActor actor, string? reviewer, string? note);

    /// <summary>A reviewer other than the submitter approves the article in review.</summary>
    Task<KnowledgeArticleSnapshot> ApproveAsync(KnowledgeActor actor, string? note);

    /// <summary>A reviewer sends the article in review back to draft with the reason.</summary>
    Task<KnowledgeArticleSnapshot> RejectAsync(KnowledgeActor actor, string reason);

    /// <summary>A reviewer publishes the approved version: agents read it from now on.</summary>
    Task<KnowledgeArticleSnapshot> PublishAsync(KnowledgeActor actor);

    /// <summary>A reviewer withdraws the article from readers.</summary>
    Task<KnowledgeArticleSnapshot> ArchiveAsync(KnowledgeActor actor, string? note);

    /// <summary>A reviewer confirms a published article is still right (clears its stale flag).</summary>
    Task<KnowledgeArticleSnapshot> ConfirmReviewedAsync(KnowledgeActor actor, string? note);

    /// <summary>Every version, oldest first (editors and reviewers).</summary>
    Task<IReadOnlyList<KnowledgeVersion>> GetVersionsAsync(KnowledgeActor actor);

    /// <summary>The line diff from version <paramref name="older"/> to version <paramref name="newer"/>.</summary>
    Task<KnowledgeDiff> DiffAsync(KnowledgeActor actor, int older, int newer);

    /// <summary>Stores an old version's content as the next version (history is never rewritten); needs the lock.</summary>
    Task<KnowledgeArticleSnapshot> RestoreAsync(KnowledgeActor actor, int version, string? note);

    /// <summary>Counts one use of the article in a call (the agent desktop calls this); returns the new count.</summary>
    Task<long> RecordUsageAsync(string? callId);
}
