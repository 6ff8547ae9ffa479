using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Public.Notices;

/// <summary>Reads and changes notices in the operational store; each state change is one conditional update, so two editors cannot both win.</summary>
public sealed class NoticeStore(IDbContextFactory<NoticeDbContext> contexts, TimeProvider clock)
{
    /// <summary>The most notices one list returns.</summary>
    public const int MaxList = 500;

    private static readonly string Draft = nameof(NoticeState.Draft);
    private static readonly string Published = nameof(NoticeState.Published);
    private static readonly string Withdrawn = nameof(NoticeState.Withdrawn);

    /// <summary>Stores a new draft (title and body trimmed; check them with <see cref="NoticeRules"/> first).</summary>
    public async Task<Notice> CreateAsync(string title, string body, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new NoticeRecord
        {
            Title = title.Trim(), Body = body.Trim(), State = Draft, CreatedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(), CreatedBy = author,
        };
        db.Notices.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return Notice.From(record);
    }

    /// <summary>Every notice in any state, newest first (at most <see cref="MaxList"/>).</summary>
    public async Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notices.AsNoTracking().OrderByDescending(n => n.Id).Take(MaxList).ToListAsync(cancellationToken);
        return [.. rows.Select(Notice.From)];
    }

    /// <summary>The published notices, latest publication first (at most <see cref="MaxList"/>).</summary>
    public async Task<IReadOnlyList<Notice>> PublishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notices.AsNoTracking().Where(n => n.State == Published)
            .OrderByDescending(n => n.PublishedAtUnixMs).ThenByDescending(n => n.Id).Take(MaxList).ToListAsync(cancellationToken);
        return [.. rows.Select(Notice.From)];
    }

    /// <summary>Notice <paramref name="id"/> in any state, or null.</summary>
    public async Task<Notice?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return row is null ? null : Notice.From(row);
    }

    /// <summary>Notice <paramref name="id"/> when it is published, else null (drafts and withdrawn notices do not exist for citizens).</summary>
    public async Task<Notice?> FindPublishedAsync(long id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { State: NoticeState.Published } notice ? notice : null;

    /// <summary>Publishes a draft or withdrawn notice; the changed notice, or null when <paramref name="id"/> does not exist.</summary>
    /// <exception cref="NoticeStateException">The notice is already published.</exception>
    public async Task<Notice?> PublishAsync(long id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await db.Notices.Where(n => n.Id == id && (n.State == Draft || n.State == Withdrawn))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.State, Published).SetProperty(n => n.PublishedAtUnixMs, now).SetProperty(n => n.PublishedBy, actor)
                .SetProperty(n => n.WithdrawnAtUnixMs, (long?)null).SetProperty(n => n.WithdrawnBy, (string?)null), cancellationToken);
        return await ResultAsync(id, changed, NoticeState.Published, cancellationToken);
    }

    /// <summary>Withdraws a published notice; the changed notice, or null when <paramref name="id"/> does not exist.</summary>
    /// <exception cref="NoticeStateException">The notice is not published.</exception>
    public async Task<Notice?> WithdrawAsync(long id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await db.Notices.Where(n => n.Id == id && n.State == Published)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.State, Withdrawn).SetProperty(n => n.WithdrawnAtUnixMs, now).SetProperty(n => n.WithdrawnBy, actor),
                cancellationToken);
        return await ResultAsync(id, changed, NoticeState.Withdrawn, cancellationToken);
    }

    private async Task<Notice?> ResultAsync(long id, int changed, NoticeState wanted, CancellationToken cancellationToken)
    {
        var notice = await FindAsync(id, cancellationToken);
        if (notice is not null && changed == 0)
        {
            throw new NoticeStateException(id, notice.State, wanted);
        }

        return notice;
    }
}
