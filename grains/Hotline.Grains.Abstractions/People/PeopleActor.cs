namespace Hotline.Grains.Abstractions.People;

/// <summary>Who acts on training, rosters and reviews: a user id (an agent's is the extension) and platform roles, built by the host from the signed-in user.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.PeopleActor")]
public sealed record PeopleActor(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> Roles)
{
    /// <summary>The platform itself (the host drafting reviews from analytics figures).</summary>
    public static PeopleActor System { get; } = new(PlatformRole.System, [PlatformRole.System]);

    /// <summary>Whether the actor holds at least one of <paramref name="roles"/>, or is an administrator.</summary>
    public bool HasAnyRole(IEnumerable<string> roles) =>
        IsAdmin || roles.Any(r => Roles.Contains(r, StringComparer.Ordinal));

    /// <summary>Whether the actor is an administrator.</summary>
    public bool IsAdmin => Roles.Contains(PlatformRole.Admin, StringComparer.Ordinal);

    /// <summary>"id (role, role)", for error messages.</summary>
    public override string ToString() => $"{Id} ({string.Join(", ", Roles)})";
}
