using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Content;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>An in-memory article for the page tests: versions, a lock that refuses other holders as the grain does, the real differ, and the workflow calls it received.</summary>
internal sealed class KnowledgePageGrain(string id, string libraryId, KnowledgeContent content, DateTimeOffset now) : IKnowledgeArticleGrain
{
    private readonly List<KnowledgeVersion> versions = [new(1, content, "editor-a", now.AddDays(-3), null)];

    public KnowledgeState State { get; set; } = KnowledgeState.Draft;

    public KnowledgeLock? Lock { get; set; }

    public long UsageCount { get; set; }

    /// <summary>The workflow calls in order, e.g. "approve:内容准确".</summary>
    public List<string> Calls { get; } = [];

    public IReadOnlyList<KnowledgeVersion> Versions => versions;

    /// <summary>Adds a version as if an editor had saved it.</summary>
    public void AddVersion(KnowledgeContent next, string author) =>
        versions.Add(new KnowledgeVersion(versions.Count + 1, next, author, now.AddDays(-3 + versions.Count), null));

    public Task<KnowledgeArticleSnapshot> CreateAsync(KnowledgeActor actor, string libraryId, KnowledgeContent content) =>
        throw new NotSupportedException("The page tests create articles in the constructor.");

    public Task<KnowledgeArticleSnapshot> GetAsync(KnowledgeActor actor) => Task.FromResult(Snapshot());

    public Task<KnowledgeLock> AcquireLockAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RefuseOtherHolder(actor, "lock");
        Lock = new KnowledgeLock(actor.Id, now.AddMinutes(30));
        return Task.FromResult(Lock);
    }

    public Task ReleaseLockAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Lock?.Holder == actor.Id)
            Lock = null;
        return Task.CompletedTask;
    }

    public Task ForceReleaseLockAsync(KnowledgeActor actor, string reason)
    {
        Calls.Add("force:" + reason);
        Lock = null;
        return Task.CompletedTask;
    }

    public Task<KnowledgeArticleSnapshot> EditAsync(KnowledgeActor actor, KnowledgeContent content, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireLock(actor, "edit");
        versions.Add(new KnowledgeVersion(versions.Count + 1, content, actor.Id, now, note));
        return Task.FromResult(Snapshot());
    }

    /// <summary>The reviewer named on the last submission.</summary>
    public string? Reviewer { get; private set; }

    public Task<KnowledgeArticleSnapshot> SubmitAsync(KnowledgeActor actor, string? reviewer, string? note)
    {
        Reviewer = reviewer;
        return Move("submit", note, KnowledgeState.InReview);
    }

    public Task<KnowledgeArticleSnapshot> ApproveAsync(KnowledgeActor actor, string? note) => Move("approve", note, KnowledgeState.Approved);

    public Task<KnowledgeArticleSnapshot> RejectAsync(KnowledgeActor actor, string reason) => Move("reject", reason, KnowledgeState.Draft);

    public Task<KnowledgeArticleSnapshot> PublishAsync(KnowledgeActor actor) => Move("publish", null, KnowledgeState.Published);

    public Task<KnowledgeArticleSnapshot> ArchiveAsync(KnowledgeActor actor, string? note) => Move("archive", note, KnowledgeState.Archived);

    public Task<KnowledgeArticleSnapshot> ConfirmReviewedAsync(KnowledgeActor actor, string? note) => Move("confirm", note, State);

    public Task<IReadOnlyList<KnowledgeVersion>> GetVersionsAsync(KnowledgeActor actor) => Task.FromResult<IReadOnlyList<KnowledgeVersion>>([.. versions]);

    public Task<KnowledgeDiff> DiffAsync(KnowledgeActor actor, int older, int newer) =>
        Task.FromResult(KnowledgeDiffer.Compare(id, versions[older - 1], versions[newer - 1]));

    public Task<KnowledgeArticleSnapshot> RestoreAsync(KnowledgeActor actor, int version, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireLock(actor, "restore");
        Calls.Add($"restore:{version}");
        versions.Add(new KnowledgeVersion(versions.Count + 1, versions[version - 1].Content, actor.Id, now, note));
        return Task.FromResult(Snapshot());
    }

    public Task<long> RecordUsageAsync(string? callId) => Task.FromResult(++UsageCount);

    private Task<KnowledgeArticleSnapshot> Move(string action, string? note, KnowledgeState to)
    {
        Calls.Add($"{action}:{note}");
        State = to;
        return Task.FromResult(Snapshot());
    }

    private void RefuseOtherHolder(KnowledgeActor actor, string action)
    {
        if (Lock is { } held && held.Holder != actor.Id && held.ExpiresAt > now)
            throw new KnowledgeLockException($"Article {id}: {held.Holder} holds the edit lock until {held.ExpiresAt:O}; {actor.Id} cannot {action}.");
    }

    private void RequireLock(KnowledgeActor actor, string action)
    {
        RefuseOtherHolder(actor, action);
        if (Lock?.Holder != actor.Id)
            throw new KnowledgeLockException($"Article {id}: {actor.Id} does not hold the edit lock and cannot {action}.");
    }

    private KnowledgeArticleSnapshot Snapshot() => new()
    {
        Id = id, LibraryId = libraryId, State = State, Content = versions[^1].Content, Version = versions.Count, LatestVersion = versions.Count,
        Lock = Lock, Author = "editor-a", Reviewer = Reviewer, CreatedAt = versions[0].At, UpdatedAt = versions[^1].At, UsageCount = UsageCount,
    };
}
