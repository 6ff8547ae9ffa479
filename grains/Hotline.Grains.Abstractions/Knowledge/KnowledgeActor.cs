using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>Who acts on the knowledge base: a user id and platform roles (see <see cref="PlatformRole"/>), built by the host from the signed-in user.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeActor")]
public sealed record KnowledgeActor(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> Roles)
{
    /// <summary>Whether the actor holds at least one of <paramref name="roles"/>, or is an administrator.</summary>
    public bool HasAnyRole(IEnumerable<string> roles) =>
        Roles.Contains(PlatformRole.Admin, StringComparer.Ordinal) || roles.Any(r => Roles.Contains(r, StringComparer.Ordinal));

    /// <summary>Whether the actor is an administrator.</summary>
    public bool IsAdmin => Roles.Contains(PlatformRole.Admin, StringComparer.Ordinal);

    /// <summary>"id (role, role)", for error messages.</summary>
    public override string ToString() => $"{Id} ({string.Join(", ", Roles)})";
}
