using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Knowledge.Content;
using Hotline.Grains.Knowledge.Files;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Knowledge.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Knowledge;

/// <summary>The knowledge base as a whole: lists and filters over the store, new articles through their grains, import (all or none) and export.</summary>
public sealed class KnowledgeCatalog(
    IDbContextFactory<KnowledgeDbContext> contexts,
    IGrainFactory grains,
    TimeProvider clock,
    IOptions<KnowledgeOptions> options,
    IEnumerable<IKnowledgeFileCodec> codecs,
    KnowledgeSearch search) : IKnowledgeCatalog
{
    private static readonly string[] CodeKeepers = [PlatformRole.Manager, PlatformRole.QaLead];

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeLibrary>> GetLibrariesAsync(KnowledgeActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var libraries = await KnowledgeReferenceData.LibrariesAsync(db, cancellationToken);
        return libraries.Values.Where(l => l.CanRead(actor)).OrderBy(l => l.Kind).ToArray();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeCode>> GetCodesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Codes.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return rows.Select(KnowledgeRecordMapping.ToCode).ToArray();
    }

    /// <inheritdoc />
    public async Task<KnowledgeCode> DefineCodeAsync(KnowledgeActor actor, KnowledgeCode code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(code);
        if (!actor.HasAnyRole(CodeKeepers))
            throw new KnowledgeAccessException($"Defining classification code '{code.Code}' needs one of the roles {string.Join(", ", CodeKeepers)} (or admin); {actor} has none of them.");
        var value = (code.Code ?? "").Trim();
        var name = (code.Name ?? "").Trim();
        if (value.Length is 0 or > 64 || value.Contains('|', StringComparison.Ordinal))
            throw new KnowledgeValidationException("Code", $"The classification code '{value}' must have 1 to 64 characters and no '|'.");
        if (name.Length == 0)
            throw new KnowledgeValidationException("Name", $"The classification code '{value}' needs a name.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parent = string.IsNullOrWhiteSpace(code.ParentCode) ? null : code.ParentCode.Trim();
        if (parent is not null && (parent == value || !await db.Codes.AnyAsync(c => c.Code == parent, cancellationToken)))
            throw new KnowledgeValidationException("ParentCode", $"The parent code '{parent}' of '{value}' is not defined.");
        var row = await db.Codes.SingleOrDefaultAsync(c => c.Code == value, cancellationToken);
        if (row is null)
            db.Codes.Add(row = new KnowledgeCodeRecord { Code = value, Name = name, ParentCode = parent });
        row.Name = name;
        row.ParentCode = parent;
        await db.SaveChangesAsync(cancellationToken);
        return KnowledgeRecordMapping.ToCode(row);
    }

    /// <inheritdoc />
    public Task<KnowledgeArticleSnapshot> CreateAsync(KnowledgeActor actor, string libraryId, KnowledgeContent content, CancellationToken cancellationToken) =>
        grains.GetGrain<IKnowledgeArticleGrain>(KnowledgeArticleFactory.NewId()).CreateAsync(actor, libraryId, content);

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeArticleSummary>> ListAsync(KnowledgeActor actor, KnowledgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staleBefore = StaleBefore();
        var visible = await VisibleAsync(db, actor, query, cancellationToken);
        return visible.Select(v => KnowledgeRecordMapping.ToSummary(v.Article, staleBefore) with
        {
            Title = v.Content.Title, Code = v.Content.Code, Tags = v.Content.Tags,
        }).ToArray();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ImportAsync(KnowledgeActor actor, KnowledgeFileFormat format, Stream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var read = Codec(format).Read(file);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var libraries = await KnowledgeReferenceData.LibrariesAsync(db, cancellationToken);
        var codes = await KnowledgeReferenceData.CodesAsync(db, cancellationToken);
        var errors = read.Errors.ToList();
        var accepted = new List<KnowledgeDocument>();
        foreach (var item in read.Items)
        {
            var problem = Check(actor, item.Document, libraries, codes, out var normalised);
            if (problem is not null)
                errors.Add(new KnowledgeImportError(item.Location, problem));
            else
                accepted.Add(item.Document with { Content = normalised! });
        }
        if (errors.Count > 0)
            throw new KnowledgeImportException(errors);
        if (accepted.Count == 0)
            throw new KnowledgeImportException([new KnowledgeImportError(format.ToString(), "The file holds no articles.")]);

        // New articles have no grain yet, so writing them here in one transaction races with nothing; all or none.
        var now = clock.GetUtcNow();
        var ids = new List<string>(accepted.Count);
        foreach (var document in accepted)
        {
            var id = KnowledgeArticleFactory.NewId();
            ids.Add(id);
            db.Articles.Add(KnowledgeArticleFactory.NewDraft(id, document.LibraryId, document.Content, actor.Id, now));
            db.Versions.Add(KnowledgeRecordMapping.ToVersionRecord(id, 1, document.Content, actor.Id, now, $"导入（{format}）"));
            db.History.Add(new KnowledgeHistoryRecord
            {
                ArticleId = id, Action = "import", Actor = actor.Id, AtUnixMs = now.ToUnixTimeMilliseconds(),
                ToState = nameof(KnowledgeState.Draft), Note = format.ToString(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await search.IndexAsync(db, ids, cancellationToken);
        return ids;
    }

    /// <inheritdoc />
    public async Task ExportAsync(KnowledgeActor actor, KnowledgeFileFormat format, KnowledgeQuery query, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var codec = Codec(format);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = await VisibleAsync(db, actor, query, cancellationToken);
        codec.Write(visible.Select(v => new KnowledgeDocument(v.Article.LibraryId, v.Content)).ToArray(), destination);
    }

    private IKnowledgeFileCodec Codec(KnowledgeFileFormat format) =>
        codecs.FirstOrDefault(c => c.Format == format) ?? throw new KnowledgeValidationException("format", $"No reader or writer is registered for the format {format}.");

    private static string? Check(KnowledgeActor actor, KnowledgeDocument document, IReadOnlyDictionary<string, KnowledgeLibrary> libraries, IReadOnlySet<string> codes, out KnowledgeContent? normalised)
    {
        normalised = null;
        if (!libraries.TryGetValue(document.LibraryId ?? "", out var library))
            return $"The library '{document.LibraryId}' does not exist (libraries: {string.Join(", ", libraries.Keys)}).";
        if (!library.CanEdit(actor))
            return $"{actor} may not write to library '{library.Id}' (needs one of {string.Join(", ", library.EditRoles)}).";
        try
        {
            normalised = KnowledgeContentValidator.Normalise(document.Content, codes);
            return null;
        }
        catch (KnowledgeValidationException ex)
        {
            return $"{ex.Field}: {ex.Message}";
        }
    }

    private DateTimeOffset StaleBefore() => clock.GetUtcNow().AddDays(-options.Value.StaleAfterDays);

    /// <summary>The matching rows the actor may see, each with the content the actor reads (working copy for editors and reviewers, published version for readers).</summary>
    private async Task<IReadOnlyList<(KnowledgeArticleRecord Article, KnowledgeContent Content)>> VisibleAsync(
        KnowledgeDbContext db, KnowledgeActor actor, KnowledgeQuery query, CancellationToken cancellationToken)
    {
        var libraries = (await KnowledgeReferenceData.LibrariesAsync(db, cancellationToken)).Values.Where(l => l.CanRead(actor)).ToArray();
        var writable = libraries.Where(l => l.CanEdit(actor) || l.CanReview(actor)).Select(l => l.Id).ToArray();
        var readable = libraries.Select(l => l.Id).ToArray();
        var archived = nameof(KnowledgeState.Archived);
        var rows = db.Articles.AsNoTracking().Where(a => readable.Contains(a.LibraryId))
            .Where(a => writable.Contains(a.LibraryId) || (a.PublishedVersion != null && a.State != archived));
        if (query.LibraryId is { } library)
            rows = rows.Where(a => a.LibraryId == library);
        if (query.Code is { } code)
            rows = rows.Where(a => a.Code == code || a.Code!.StartsWith(code + "."));
        if (query.State is { } state)
            rows = rows.Where(a => a.State == state.ToString());
        if (query.Tag is { } tag)
            rows = rows.Where(a => a.Tags.Contains("|" + tag + "|"));
        if (query.StaleOnly)
        {
            var before = StaleBefore().ToUnixTimeMilliseconds();
            rows = rows.Where(a => a.PublishedVersion != null && a.State != archived && (a.LastReviewedAtUnixMs ?? a.CreatedAtUnixMs) < before);
        }
        var page = await rows.OrderByDescending(a => a.UpdatedAtUnixMs).ThenBy(a => a.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 0, 100_000)).ToListAsync(cancellationToken);

        var readerOnly = page.Where(a => !writable.Contains(a.LibraryId)).ToArray();
        var readerIds = readerOnly.Select(a => a.Id).ToArray();
        var published = await db.Versions.AsNoTracking().Where(v => readerIds.Contains(v.ArticleId)).Join(
                db.Articles.AsNoTracking(), v => new { v.ArticleId, Number = (int?)v.Number }, a => new { ArticleId = a.Id, Number = a.PublishedVersion }, (v, _) => v)
            .ToDictionaryAsync(v => v.ArticleId, cancellationToken);
        return page.Select(a => (a, writable.Contains(a.LibraryId)
            ? KnowledgeRecordMapping.ContentOf(a)
            : KnowledgeRecordMapping.ToVersion(published[a.Id]).Content)).ToArray();
    }
}
