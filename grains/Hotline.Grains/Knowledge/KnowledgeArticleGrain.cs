using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Content;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Knowledge.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Knowledge;

/// <summary>One article: every change, its version row and its history row are written in one transaction; the grain serialises them,
/// holds the edit lock and re-indexes the article for search after each change of content or state.</summary>
public sealed class KnowledgeArticleGrain(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock, IOptions<KnowledgeOptions> options, KnowledgeSearch search)
    : Grain, IKnowledgeArticleGrain
{
    private static readonly KnowledgeState[] Editable = [KnowledgeState.Draft, KnowledgeState.Published];

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> CreateAsync(KnowledgeActor actor, string libraryId, KnowledgeContent content)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var library = await KnowledgeReferenceData.LibraryAsync(db, libraryId, CancellationToken.None);
        if (!library.CanEdit(actor))
            throw Denied(actor, "create", library, library.EditRoles);
        if (await db.Articles.AnyAsync(a => a.Id == Id))
            throw new KnowledgeWorkflowException($"Article {Id} already exists.");
        var normalised = KnowledgeContentValidator.Normalise(content, await KnowledgeReferenceData.CodesAsync(db, CancellationToken.None));
        var now = clock.GetUtcNow();
        var article = KnowledgeArticleFactory.NewDraft(Id, library.Id, normalised, actor.Id, now);
        db.Articles.Add(article);
        db.Versions.Add(KnowledgeRecordMapping.ToVersionRecord(Id, 1, normalised, actor.Id, now, null));
        AddHistory(db, "create", actor, null, article, null, now);
        await db.SaveChangesAsync();
        await search.IndexAsync(db, Id, CancellationToken.None);
        return KnowledgeRecordMapping.ToSnapshot(article, normalised, 1, now);
    }

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> GetAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (article, library) = await LoadAsync(db);
        var now = clock.GetUtcNow();
        if (library.CanEdit(actor) || library.CanReview(actor))
            return KnowledgeRecordMapping.ToSnapshot(article, KnowledgeRecordMapping.ContentOf(article), article.LatestVersion, now);
        if (!library.CanRead(actor))
            throw Denied(actor, "read", library, library.ReadRoles);
        if (article.PublishedVersion is not { } published || article.State == nameof(KnowledgeState.Archived))
            throw new KnowledgeNotFoundException($"Article {Id} is not published.");
        var version = await VersionAsync(db, published);
        return KnowledgeRecordMapping.ToSnapshot(article, version.Content, published, now);
    }

    /// <inheritdoc />
    public async Task<KnowledgeLock> AcquireLockAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (article, library) = await LoadAsync(db);
        if (!library.CanEdit(actor))
            throw Denied(actor, "lock", library, library.EditRoles);
        RequireState(article, "lock", Editable);
        var now = clock.GetUtcNow();
        if (KnowledgeRecordMapping.LockOf(article, now) is { } held && held.Holder != actor.Id)
            throw new KnowledgeLockException($"Article {Id} is being edited by {held.Holder} until {held.ExpiresAt:O}.");
        var renewed = TakeLock(article, actor, now);
        await db.SaveChangesAsync();
        return renewed;
    }

    /// <inheritdoc />
    public async Task ReleaseLockAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (article, _) = await LoadAsync(db);
        var held = KnowledgeRecordMapping.LockOf(article, clock.GetUtcNow());
        if (held is null)
            return;
        if (held.Holder != actor.Id)
            throw new KnowledgeLockException($"Article {Id} is locked by {held.Holder}, not by {actor.Id}; only the holder or an administrator (forced release) may free it.");
        ClearLock(article);
        await db.SaveChangesAsync();
    }

    /// <inheritdoc />
    public async Task ForceReleaseLockAsync(KnowledgeActor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
            throw new KnowledgeAccessException($"Forcing the lock of article {Id} free needs the admin role; {actor} does not have it.");
        await using var db = await contexts.CreateDbContextAsync();
        var (article, _) = await LoadAsync(db);
        var held = KnowledgeRecordMapping.LockOf(article, clock.GetUtcNow());
        ClearLock(article);
        AddHistory(db, "force-unlock", actor, article.State, article, $"{held?.Holder ?? "(no holder)"}: {reason}", clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    /// <inheritdoc />
    public Task<KnowledgeArticleSnapshot> EditAsync(KnowledgeActor actor, KnowledgeContent content, string? note) =>
        WriteVersionAsync(actor, "edit", _ => Task.FromResult(content), note);

    /// <inheritdoc />
    public Task<KnowledgeArticleSnapshot> RestoreAsync(KnowledgeActor actor, int version, string? note) =>
        WriteVersionAsync(actor, "restore", async db => (await VersionAsync(db, version)).Content,
            $"从版本 {version} 恢复" + (string.IsNullOrWhiteSpace(note) ? "" : "：" + note));

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> SubmitAsync(KnowledgeActor actor, string? reviewer, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await TransitionAsync(actor, "submit", [KnowledgeState.Draft], KnowledgeState.InReview, (article, library, now) =>
        {
            if (!library.CanEdit(actor))
                throw Denied(actor, "submit", library, library.EditRoles);
            if (KnowledgeRecordMapping.LockOf(article, now) is { } held && held.Holder != actor.Id)
                throw new KnowledgeLockException($"Article {Id} is being edited by {held.Holder} until {held.ExpiresAt:O}; it cannot be submitted meanwhile.");
            ClearLock(article);
            article.SubmittedBy = actor.Id;
            article.Reviewer = string.IsNullOrWhiteSpace(reviewer) ? null : reviewer.Trim();
        }, note);
    }

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> ApproveAsync(KnowledgeActor actor, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await TransitionAsync(actor, "approve", [KnowledgeState.InReview], KnowledgeState.Approved, (article, library, now) =>
        {
            RequireReviewer(actor, "approve", library, article);
            // Four eyes: whoever submitted or wrote the working version does not approve it.
            if (actor.Id == article.SubmittedBy)
                throw new KnowledgeAccessException($"Article {Id}: {actor.Id} submitted it and so cannot approve it; another reviewer must.");
            article.LastReviewedAtUnixMs = now.ToUnixTimeMilliseconds();
        }, note);
    }

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> RejectAsync(KnowledgeActor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(reason))
            throw new KnowledgeValidationException("reason", $"Rejecting article {Id} needs a reason for the editor.");
        return await TransitionAsync(actor, "reject", [KnowledgeState.InReview, KnowledgeState.Approved], KnowledgeState.Draft,
            (article, library, _) => RequireReviewer(actor, "reject", library, article), reason);
    }

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> PublishAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await TransitionAsync(actor, "publish", [KnowledgeState.Approved], KnowledgeState.Published, (article, library, _) =>
        {
            if (!library.CanReview(actor))
                throw Denied(actor, "publish", library, library.ReviewRoles);
            article.PublishedVersion = article.LatestVersion;
        }, null);
    }

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> ArchiveAsync(KnowledgeActor actor, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        KnowledgeState[] from = [KnowledgeState.Draft, KnowledgeState.InReview, KnowledgeState.Approved, KnowledgeState.Published];
        return await TransitionAsync(actor, "archive", from, KnowledgeState.Archived, (article, library, _) =>
        {
            if (!library.CanReview(actor))
                throw Denied(actor, "archive", library, library.ReviewRoles);
            ClearLock(article);
        }, note);
    }

    /// <inheritdoc />
    public async Task<KnowledgeArticleSnapshot> ConfirmReviewedAsync(KnowledgeActor actor, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await TransitionAsync(actor, "confirm-reviewed", [KnowledgeState.Published], KnowledgeState.Published, (article, library, now) =>
        {
            if (!library.CanReview(actor))
                throw Denied(actor, "confirm-reviewed", library, library.ReviewRoles);
            article.LastReviewedAtUnixMs = now.ToUnixTimeMilliseconds();
        }, note);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeVersion>> GetVersionsAsync(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (_, library) = await LoadAsync(db);
        RequireEditorOrReviewer(actor, "versions", library);
        var rows = await db.Versions.AsNoTracking().Where(v => v.ArticleId == Id).OrderBy(v => v.Number).ToListAsync();
        return rows.Select(KnowledgeRecordMapping.ToVersion).ToArray();
    }

    /// <inheritdoc />
    public async Task<KnowledgeDiff> DiffAsync(KnowledgeActor actor, int older, int newer)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (_, library) = await LoadAsync(db);
        RequireEditorOrReviewer(actor, "diff", library);
        return KnowledgeDiffer.Compare(Id, await VersionAsync(db, older), await VersionAsync(db, newer));
    }

    /// <inheritdoc />
    public async Task<long> RecordUsageAsync(string? callId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (article, _) = await LoadAsync(db);
        if (article.PublishedVersion is null || article.State == nameof(KnowledgeState.Archived))
            throw new KnowledgeWorkflowException($"Article {Id} is not published; only published articles are used in calls (call {callId ?? "-"}).");
        article.UsageCount++;
        article.LastUsedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync();
        return article.UsageCount;
    }

    private async Task<KnowledgeArticleSnapshot> WriteVersionAsync(KnowledgeActor actor, string action, Func<KnowledgeDbContext, Task<KnowledgeContent>> content, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync();
        var (article, library) = await LoadAsync(db);
        if (!library.CanEdit(actor))
            throw Denied(actor, action, library, library.EditRoles);
        RequireState(article, action, Editable);
        var now = clock.GetUtcNow();
        var held = KnowledgeRecordMapping.LockOf(article, now);
        if (held is null)
            throw new KnowledgeLockException($"Article {Id}: '{action}' needs the edit lock; {actor.Id} does not hold it (take it first, it may have expired).");
        if (held.Holder != actor.Id)
            throw new KnowledgeLockException($"Article {Id} is being edited by {held.Holder} until {held.ExpiresAt:O}; {actor.Id} cannot '{action}' it.");
        var normalised = KnowledgeContentValidator.Normalise(await content(db), await KnowledgeReferenceData.CodesAsync(db, CancellationToken.None));
        var current = KnowledgeRecordMapping.ContentOf(article);
        if (normalised.SameAs(current))
            return KnowledgeRecordMapping.ToSnapshot(article, current, article.LatestVersion, now);

        var from = article.State;
        article.LatestVersion++;
        KnowledgeRecordMapping.SetContent(article, normalised);
        article.State = nameof(KnowledgeState.Draft);
        article.UpdatedAtUnixMs = now.ToUnixTimeMilliseconds();
        TakeLock(article, actor, now);
        db.Versions.Add(KnowledgeRecordMapping.ToVersionRecord(Id, article.LatestVersion, normalised, actor.Id, now, note));
        AddHistory(db, action, actor, from, article, note, now);
        await db.SaveChangesAsync();
        await search.IndexAsync(db, Id, CancellationToken.None);
        return KnowledgeRecordMapping.ToSnapshot(article, normalised, article.LatestVersion, now);
    }

    private async Task<KnowledgeArticleSnapshot> TransitionAsync(
        KnowledgeActor actor, string action, KnowledgeState[] from, KnowledgeState to,
        Action<KnowledgeArticleRecord, KnowledgeLibrary, DateTimeOffset> check, string? note)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (article, library) = await LoadAsync(db);
        RequireState(article, action, from);
        var now = clock.GetUtcNow();
        check(article, library, now);
        var before = article.State;
        article.State = to.ToString();
        article.UpdatedAtUnixMs = now.ToUnixTimeMilliseconds();
        AddHistory(db, action, actor, before, article, note, now);
        await db.SaveChangesAsync();
        await search.IndexAsync(db, Id, CancellationToken.None);
        return KnowledgeRecordMapping.ToSnapshot(article, KnowledgeRecordMapping.ContentOf(article), article.LatestVersion, now);
    }

    private async Task<(KnowledgeArticleRecord Article, KnowledgeLibrary Library)> LoadAsync(KnowledgeDbContext db)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == Id) ?? throw new KnowledgeNotFoundException($"There is no article {Id}.");
        return (article, await KnowledgeReferenceData.LibraryAsync(db, article.LibraryId, CancellationToken.None));
    }

    private async Task<KnowledgeVersion> VersionAsync(KnowledgeDbContext db, int number)
    {
        var row = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == Id && v.Number == number)
            ?? throw new KnowledgeNotFoundException($"Article {Id} has no version {number}.");
        return KnowledgeRecordMapping.ToVersion(row);
    }

    private KnowledgeLock TakeLock(KnowledgeArticleRecord article, KnowledgeActor actor, DateTimeOffset now)
    {
        var expires = now + options.Value.LockDuration;
        article.LockHolder = actor.Id;
        article.LockExpiresUnixMs = expires.ToUnixTimeMilliseconds();
        return new KnowledgeLock(actor.Id, DateTimeOffset.FromUnixTimeMilliseconds(article.LockExpiresUnixMs));
    }

    private static void ClearLock(KnowledgeArticleRecord article)
    {
        article.LockHolder = null;
        article.LockExpiresUnixMs = 0;
    }

    private void RequireState(KnowledgeArticleRecord article, string action, KnowledgeState[] allowed)
    {
        if (!allowed.Any(s => s.ToString() == article.State))
            throw new KnowledgeWorkflowException($"Article {Id} is in state {article.State}; '{action}' needs state {string.Join(" or ", allowed)}.");
    }

    private void RequireReviewer(KnowledgeActor actor, string action, KnowledgeLibrary library, KnowledgeArticleRecord article)
    {
        if (!library.CanReview(actor))
            throw Denied(actor, action, library, library.ReviewRoles);
        if (article.Reviewer is { } assigned && assigned != actor.Id && !actor.IsAdmin)
            throw new KnowledgeAccessException($"Article {Id} was submitted to reviewer {assigned}; {actor.Id} cannot '{action}' it.");
    }

    private void RequireEditorOrReviewer(KnowledgeActor actor, string action, KnowledgeLibrary library)
    {
        if (!library.CanEdit(actor) && !library.CanReview(actor))
            throw Denied(actor, action, library, [.. library.EditRoles, .. library.ReviewRoles]);
    }

    private KnowledgeAccessException Denied(KnowledgeActor actor, string action, KnowledgeLibrary library, IEnumerable<string> roles) =>
        new($"Article {Id} in library {library.Id}: '{action}' needs one of the roles {string.Join(", ", roles)} (or admin); {actor} has none of them.");

    private static void AddHistory(KnowledgeDbContext db, string action, KnowledgeActor actor, string? from, KnowledgeArticleRecord article, string? note, DateTimeOffset at) =>
        db.History.Add(new KnowledgeHistoryRecord
        {
            ArticleId = article.Id, Action = action, Actor = actor.Id, AtUnixMs = at.ToUnixTimeMilliseconds(),
            FromState = from, ToState = article.State, Note = note,
        });
}
