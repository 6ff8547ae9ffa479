using System.Security.Claims;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Images;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Api;

/// <summary>The knowledge base API under <c>/api/v1/knowledge</c> for signed-in users; each action's roles are checked by the domain per library.</summary>
public static class KnowledgeEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/knowledge";

    /// <summary>The largest import file accepted.</summary>
    public const long MaxImportBytes = 20 * 1024 * 1024;

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("knowledge").RequireAuthorization(PortalPolicies.SignedIn)
            .AddEndpointFilter<KnowledgeProblemFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/libraries", (ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct) =>
                catalog.GetLibrariesAsync(Actor(user), ct))
            .WithName("ListKnowledgeLibraries").WithSummary("The libraries the user may read, with who may read, edit and review each");
        group.MapGet("/codes", (IKnowledgeCatalog catalog, CancellationToken ct) => catalog.GetCodesAsync(ct))
            .WithName("ListKnowledgeCodes").WithSummary("The classification codes (编码管理)");
        group.MapPut("/codes/{code}", (string code, KnowledgeCode body, ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct) =>
                catalog.DefineCodeAsync(Actor(user), body with { Code = code }, ct))
            .WithName("DefineKnowledgeCode").WithSummary("Adds or renames a classification code (managers, QA leads, administrators)");
        MapArticles(group);
        MapWorkflow(group.MapGroup("/articles/{id}"));
        MapFiles(group);
        return endpoints;
    }

    private static void MapArticles(RouteGroupBuilder group)
    {
        group.MapGet("/articles", (string? library, string? code, KnowledgeState? state, string? tag, bool? stale, int? skip, int? take,
                ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct) =>
                catalog.ListAsync(Actor(user), Query(library, code, state, tag, stale, skip, take), ct))
            .WithName("ListKnowledgeArticles").WithSummary("Articles by library, code (with the codes under it), state, tag or stale flag; agents see published ones only");
        group.MapPost("/articles", async (KnowledgeCreateRequest body, ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct) =>
            {
                var created = await catalog.CreateAsync(Actor(user), body.LibraryId, body.Content, ct);
                return Results.Created($"{Prefix}/articles/{created.Id}", created);
            })
            .WithName("CreateKnowledgeArticle").WithSummary("Creates a draft in a library the user may edit")
            .ProducesValidationProblem();
        group.MapGet("/articles/{id}", (string id, ClaimsPrincipal user, IGrainFactory grains) => Article(grains, id).GetAsync(Actor(user)))
            .WithName("GetKnowledgeArticle").WithSummary("An article: the working version for editors and reviewers, the published one for readers")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/articles/{id}", (string id, KnowledgeEditRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).EditAsync(Actor(user), body.Content, body.Note))
            .WithName("EditKnowledgeArticle").WithSummary("Stores new content as the next version; needs the edit lock (409 otherwise)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();
        group.MapPost("/articles/{id}/images", UploadImageAsync)
            .Accepts<byte[]>("application/octet-stream")
            .WithName("UploadKnowledgeImage").WithSummary("Stores a PNG, JPEG, GIF or WebP image (the request body) for the article being edited; needs the edit lock")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();
        group.MapGet("/articles/{id}/images/{name}", GetImageAsync)
            .WithName("GetKnowledgeImage").WithSummary("An image of an article the user may read")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapWorkflow(RouteGroupBuilder article)
    {
        article.MapPost("/lock", (string id, ClaimsPrincipal user, IGrainFactory grains) => Article(grains, id).AcquireLockAsync(Actor(user)))
            .WithName("LockKnowledgeArticle").WithSummary("Takes or renews the edit lock (409 while someone else holds it)");
        article.MapDelete("/lock", async (string id, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                await Article(grains, id).ReleaseLockAsync(Actor(user));
                return Results.NoContent();
            })
            .WithName("UnlockKnowledgeArticle").WithSummary("Gives the edit lock back");
        article.MapPost("/lock/force-release", async (string id, KnowledgeActionRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                await Article(grains, id).ForceReleaseLockAsync(Actor(user), body.Note ?? "");
                return Results.NoContent();
            })
            .WithName("ForceUnlockKnowledgeArticle").WithSummary("An administrator frees the lock whoever holds it; the reason goes into the history");
        article.MapPost("/submit", (string id, KnowledgeActionRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).SubmitAsync(Actor(user), body.Reviewer, body.Note))
            .WithName("SubmitKnowledgeArticle").WithSummary("Sends a draft to review, optionally to a named reviewer");
        article.MapPost("/approve", (string id, KnowledgeActionRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).ApproveAsync(Actor(user), body.Note))
            .WithName("ApproveKnowledgeArticle").WithSummary("A reviewer other than the submitter approves");
        article.MapPost("/reject", (string id, KnowledgeActionRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).RejectAsync(Actor(user), body.Note ?? ""))
            .WithName("RejectKnowledgeArticle").WithSummary("A reviewer sends the article back to draft with the reason (note)");
        article.MapPost("/publish", (string id, ClaimsPrincipal user, IGrainFactory grains) => Article(grains, id).PublishAsync(Actor(user)))
            .WithName("PublishKnowledgeArticle").WithSummary("Publishes the approved version to agents");
        article.MapPost("/archive", (string id, KnowledgeActionRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).ArchiveAsync(Actor(user), body.Note))
            .WithName("ArchiveKnowledgeArticle").WithSummary("Withdraws the article from readers");
        article.MapPost("/confirm-reviewed", (string id, KnowledgeActionRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).ConfirmReviewedAsync(Actor(user), body.Note))
            .WithName("ConfirmKnowledgeArticleReviewed").WithSummary("A reviewer confirms a published article is still right (clears the stale flag)");
        article.MapGet("/versions", (string id, ClaimsPrincipal user, IGrainFactory grains) => Article(grains, id).GetVersionsAsync(Actor(user)))
            .WithName("ListKnowledgeVersions").WithSummary("Every version, oldest first");
        article.MapGet("/diff", (string id, int from, int to, ClaimsPrincipal user, IGrainFactory grains) => Article(grains, id).DiffAsync(Actor(user), from, to))
            .WithName("DiffKnowledgeVersions").WithSummary("The line diff between two versions");
        article.MapPost("/restore", (string id, KnowledgeRestoreRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Article(grains, id).RestoreAsync(Actor(user), body.Version, body.Note))
            .WithName("RestoreKnowledgeVersion").WithSummary("Stores an old version's content as the next version; needs the edit lock");
    }

    private static void MapFiles(RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync)
            .Accepts<byte[]>("application/octet-stream")
            .WithName("ImportKnowledge").WithSummary("Imports a docx, xlsx, md or json file (the request body) as drafts, all or none; bad rows are listed in the problem's errors")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/export", ExportAsync)
            .AddEndpointFilter<AuditedExportFilter>()
            .WithName("ExportKnowledge").WithSummary("Exports the matching articles the user may see as docx, xlsx, md or json (audited)");
    }

    private static async Task<IResult> UploadImageAsync(string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, KnowledgeImageStore images, CancellationToken ct)
    {
        var actor = Actor(user);
        var article = await Article(grains, id).GetAsync(actor);
        if (article.Lock?.Holder != actor.Id)
            throw new KnowledgeLockException($"Article {id}: uploading an image needs the edit lock; {actor.Id} does not hold it.");
        var image = await images.SaveAsync(id, request.Body, ct);
        return Results.Created($"{Prefix}/articles/{id}/images/{image.Name}", image);
    }

    private static async Task<IResult> GetImageAsync(string id, string name, ClaimsPrincipal user, IGrainFactory grains, KnowledgeImageStore images)
    {
        // Whoever may read the article may see its images; GetAsync refuses everyone else.
        await Article(grains, id).GetAsync(Actor(user));
        return images.Find(id, name) is { } found
            ? Results.File(found.Path, found.ContentType)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Article {id} has no image '{name}'.");
    }

    private static async Task<IResult> ImportAsync(string? format, HttpRequest request, ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct)
    {
        if (KnowledgeFileTypes.Parse(format) is not { } parsed)
            return UnknownFormat(format);
        if (request.ContentLength > MaxImportBytes)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The import file is too large",
                detail: $"The file has {request.ContentLength} bytes; at most {MaxImportBytes} are accepted.");
        using var file = new MemoryStream();
        await request.Body.CopyToAsync(file, ct);
        if (file.Length > MaxImportBytes)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The import file is too large",
                detail: $"At most {MaxImportBytes} bytes are accepted.");
        file.Position = 0;
        var ids = await catalog.ImportAsync(Actor(user), parsed, file, ct);
        return Results.Ok(new { imported = ids.Count, ids });
    }

    private static async Task<IResult> ExportAsync(string? format, string? library, string? code, KnowledgeState? state, string? tag, bool? stale,
        ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct)
    {
        if (KnowledgeFileTypes.Parse(format) is not { } parsed)
            return UnknownFormat(format);
        using var file = new MemoryStream();
        await catalog.ExportAsync(Actor(user), parsed, Query(library, code, state, tag, stale, 0, int.MaxValue), file, ct);
        return Results.File(file.ToArray(), KnowledgeFileTypes.ContentType(parsed), "knowledge" + KnowledgeFileTypes.Extension(parsed));
    }

    private static IResult UnknownFormat(string? format) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"The format '{format}' is not one of docx, xlsx, md, json."] },
            title: "The field 'format' is invalid.");

    private static KnowledgeQuery Query(string? library, string? code, KnowledgeState? state, string? tag, bool? stale, int? skip, int? take) => new()
    {
        LibraryId = library, Code = code, State = state, Tag = tag, StaleOnly = stale ?? false, Skip = skip ?? 0, Take = take ?? 50,
    };

    private static IKnowledgeArticleGrain Article(IGrainFactory grains, string id) => grains.GetGrain<IKnowledgeArticleGrain>(id);

    private static KnowledgeActor Actor(ClaimsPrincipal user) => KnowledgeActorReader.From(user);
}
