namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>A knowledge library and its access rights: who reads it, who writes drafts, who reviews and publishes (administrators may do all).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeLibrary")]
public sealed record KnowledgeLibrary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] KnowledgeLibraryKind Kind,
    [property: Id(3)] IReadOnlyList<string> ReadRoles,
    [property: Id(4)] IReadOnlyList<string> EditRoles,
    [property: Id(5)] IReadOnlyList<string> ReviewRoles)
{
    /// <summary>Whether the actor may read the library (only published articles unless they may also edit or review).</summary>
    public bool CanRead(KnowledgeActor actor) => CanEdit(actor) || CanReview(actor) || Require(actor).HasAnyRole(ReadRoles);

    /// <summary>Whether the actor may create and edit drafts and submit them.</summary>
    public bool CanEdit(KnowledgeActor actor) => Require(actor).HasAnyRole(EditRoles);

    /// <summary>Whether the actor may approve, reject, publish and archive.</summary>
    public bool CanReview(KnowledgeActor actor) => Require(actor).HasAnyRole(ReviewRoles);

    private static KnowledgeActor Require(KnowledgeActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor;
    }
}
