using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Components.Pages.Knowledge;

/// <summary>The libraries an actor may edit or review: the editors' pages (new article, maintenance) are for whoever has one.</summary>
public static class KnowledgeEditorLibraries
{
    /// <summary>The libraries <paramref name="actor"/> may write drafts in.</summary>
    public static async Task<IReadOnlyList<KnowledgeLibrary>> EditableAsync(IKnowledgeCatalog catalog, KnowledgeActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var libraries = await catalog.GetLibrariesAsync(actor, cancellationToken);
        return [.. libraries.Where(l => l.CanEdit(actor))];
    }

    /// <summary>Whether <paramref name="actor"/> edits or reviews at least one library.</summary>
    public static async Task<bool> MaintainsAnyAsync(IKnowledgeCatalog catalog, KnowledgeActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var libraries = await catalog.GetLibrariesAsync(actor, cancellationToken);
        return libraries.Any(l => l.CanEdit(actor) || l.CanReview(actor));
    }
}
