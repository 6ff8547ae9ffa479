using System.Security.Claims;
using Hotline.Portal.Public.Notices;

namespace Hotline.Portal.Administration;

/// <summary>Writes, publishes and withdraws 政务公开 notices for the staff page, through the store the REST API uses; every change is audited.</summary>
public interface INoticeAdministration
{
    /// <summary>Every notice in any state, newest first.</summary>
    Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a draft; the wrong fields (title, body) with their PublicText message keys, empty when stored.</summary>
    Task<IReadOnlyDictionary<string, string>> CreateAsync(ClaimsPrincipal actor, string? title, string? body, CancellationToken cancellationToken);

    /// <summary>Publishes notice <paramref name="id"/>; refused when it is missing or already published.</summary>
    Task<AdminOutcome> PublishAsync(ClaimsPrincipal actor, long id, CancellationToken cancellationToken);

    /// <summary>Withdraws notice <paramref name="id"/>; refused when it is missing or not published.</summary>
    Task<AdminOutcome> WithdrawAsync(ClaimsPrincipal actor, long id, CancellationToken cancellationToken);
}
