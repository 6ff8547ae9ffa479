using Hotline.Portal.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Live;

/// <summary>The agents the portal knows (users with an extension), for the wallboard and transfer targets.</summary>
public sealed class AgentDirectory(IDbContextFactory<PortalIdentityDbContext> contexts)
{
    /// <summary>Every agent, by extension.</summary>
    public async Task<IReadOnlyList<AgentEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agents = await db.Users.AsNoTracking().Where(u => u.Extension != null)
            .Select(u => new AgentEntry(u.Extension!, u.DisplayName)).ToListAsync(cancellationToken);
        return [.. agents.OrderBy(a => a.Extension, StringComparer.Ordinal)];
    }

    /// <summary>The extension of the user named <paramref name="userName"/>, or null when the user takes no calls.</summary>
    public async Task<string?> ExtensionOfAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.Extension).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>An agent: its extension and display name.</summary>
public sealed record AgentEntry(string Extension, string DisplayName);
