using System.Security.Claims;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Api;

/// <summary>Search and the editors' dynamic-update lists under <c>/api/v1/knowledge</c>: desk search on the on-disk index (library rights applied),
/// counting an article's use in a call, topic suggestions from recent tickets and stale articles.</summary>
public static class KnowledgeSearchEndpoints
{
    /// <summary>The most hits one search returns.</summary>
    public const int MaxHits = 50;

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapKnowledgeSearch(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(KnowledgeEndpoints.Prefix).WithTags("knowledge").RequireAuthorization(PortalPolicies.SignedIn)
            .AddEndpointFilter<KnowledgeProblemFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/search", SearchAsync)
            .WithName("SearchKnowledge").WithSummary("Full-text search (title boosted, highlights) over the articles the user may read; filters by library, code subtree, state and tag")
            .ProducesValidationProblem();
        group.MapPost("/articles/{id}/used", (string id, string? callId, IGrainFactory grains) => grains.GetGrain<IKnowledgeArticleGrain>(id).RecordUsageAsync(callId))
            .WithName("CountKnowledgeUsage").WithSummary("Counts one use of a published article in a call (optionally naming the call); returns the new count")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/suggestions", SuggestionsAsync)
            .WithName("ListKnowledgeSuggestions").WithSummary("Frequent topics of recent enquiry and complaint tickets that no published article answers (editors and reviewers)");
        group.MapGet("/stale", StaleAsync)
            .WithName("ListStaleKnowledgeArticles").WithSummary("Published articles not reviewed within the configured number of days (editors and reviewers)");
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(string? q, string? library, string? code, KnowledgeState? state, string? tag, int? take,
        ClaimsPrincipal user, KnowledgeSearch search, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["The search text 'q' is empty."] }, title: "The field 'q' is invalid.");
        var filters = new KnowledgeQuery { LibraryId = library, Code = code, State = state, Tag = tag };
        return Results.Ok(await search.SearchAsync(Actor(user), q, filters, Math.Clamp(take ?? 10, 1, MaxHits), ct));
    }

    private static async Task<IReadOnlyList<KnowledgeTopic>> SuggestionsAsync(int? take, ClaimsPrincipal user, IKnowledgeCatalog catalog, KnowledgeSuggestions suggestions, CancellationToken ct)
    {
        await RequireEditorAsync(Actor(user), catalog, "suggestions", ct);
        return await suggestions.FindAsync(Math.Clamp(take ?? 20, 1, 100), ct);
    }

    private static async Task<IReadOnlyList<KnowledgeArticleSummary>> StaleAsync(string? library, int? take, ClaimsPrincipal user, IKnowledgeCatalog catalog, CancellationToken ct)
    {
        var actor = Actor(user);
        await RequireEditorAsync(actor, catalog, "stale", ct);
        return await catalog.ListAsync(actor, new KnowledgeQuery { LibraryId = library, StaleOnly = true, Take = Math.Clamp(take ?? 100, 1, 1000) }, ct);
    }

    // The dynamic-update lists are the editors' work queue: whoever edits or reviews some library may see them.
    private static async Task RequireEditorAsync(KnowledgeActor actor, IKnowledgeCatalog catalog, string list, CancellationToken ct)
    {
        var libraries = await catalog.GetLibrariesAsync(actor, ct);
        if (!libraries.Any(l => l.CanEdit(actor) || l.CanReview(actor)))
            throw new KnowledgeAccessException($"The knowledge {list} list is for editors and reviewers; {actor} edits or reviews no library.");
    }

    private static KnowledgeActor Actor(ClaimsPrincipal user) => KnowledgeActorReader.From(user);
}
