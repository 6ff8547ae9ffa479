using System.Globalization;
using System.Security.Claims;
using Hotline.Portal.Identity;
using Hotline.Portal.Public.Notices;

namespace Hotline.Portal.Administration;

/// <summary>Notice administration on <see cref="NoticeStore"/> with the REST API's rules (<see cref="NoticeRules"/>); refusals name the notice and its state.</summary>
public sealed class StoreNoticeAdministration(NoticeStore store, AuditLog audit) : INoticeAdministration
{
    /// <summary>The refusal key (AdminText) of an unknown notice; the detail is its id.</summary>
    public const string MissingKey = "NoticeAdminMissing";

    /// <summary>The refusal key (AdminText) of a notice in the wrong state; the detail is its id and state.</summary>
    public const string StateKey = "NoticeAdminWrongState";

    /// <inheritdoc />
    public Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> CreateAsync(ClaimsPrincipal actor, string? title, string? body, CancellationToken cancellationToken)
    {
        var errors = NoticeRules.Check(title, body);
        if (errors.Count > 0)
            return errors;
        var notice = await store.CreateAsync(title!, body!, Actor(actor), cancellationToken);
        await audit.RecordAsync(actor, NoticeAuditActions.Create, NoticeAuditActions.Target(notice.Id), notice.Title, cancellationToken);
        return errors;
    }

    /// <inheritdoc />
    public Task<AdminOutcome> PublishAsync(ClaimsPrincipal actor, long id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, NoticeAuditActions.Publish, () => store.PublishAsync(id, Actor(actor), cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<AdminOutcome> WithdrawAsync(ClaimsPrincipal actor, long id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, NoticeAuditActions.Withdraw, () => store.WithdrawAsync(id, Actor(actor), cancellationToken), cancellationToken);

    private async Task<AdminOutcome> ChangeAsync(ClaimsPrincipal actor, long id, string action, Func<Task<Notice?>> change, CancellationToken cancellationToken)
    {
        Notice? notice;
        try
        {
            notice = await change();
        }
        catch (NoticeStateException ex)
        {
            return new AdminOutcome(StateKey, ex.Current.ToString());
        }

        if (notice is null)
            return new AdminOutcome(MissingKey, id.ToString(CultureInfo.InvariantCulture));
        await audit.RecordAsync(actor, action, NoticeAuditActions.Target(id), notice.Title, cancellationToken);
        return AdminOutcome.Done;
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
