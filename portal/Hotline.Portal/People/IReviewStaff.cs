namespace Hotline.Portal.People;

/// <summary>Who gets a performance review: the user names of the platform's users in a role.</summary>
public interface IReviewStaff
{
    /// <summary>The user names in <paramref name="role"/>, sorted.</summary>
    Task<IReadOnlyList<string>> InRoleAsync(string role, CancellationToken cancellationToken);
}
