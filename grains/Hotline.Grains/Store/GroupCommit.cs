using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Store;

/// <summary>Group commit for new rows of the operational store: what concurrent producers hand in while a commit runs is stored together in the
/// next transaction, so a burst of intakes costs one log sync per batch instead of one per ticket.</summary>
/// <remarks>
/// Each producer's rows still commit all together or not at all: when a batch fails (one ticket's unique key, say), every producer's rows of that
/// batch are tried again in their own transaction, so only the producer at fault sees the error. Nothing waits for company: a lone producer is
/// committed at once, and a batch is simply whatever queued up behind the previous commit.
/// </remarks>
public sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>The most producers committed in one transaction.</summary>
    public const int MaxBatch = 256;

    private readonly IDbContextFactory<OperationalDbContext> _contexts;
    private readonly Channel<PendingCommit> _queue = Channel.CreateUnbounded<PendingCommit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <summary>Starts the committing loop over <paramref name="contexts"/>.</summary>
    public GroupCommit(IDbContextFactory<OperationalDbContext> contexts)
    {
        _contexts = contexts;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The number of transactions committed so far (for benchmarks and tests: batches, not producers).</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    private long _transactions;

    /// <summary>Inserts <paramref name="rows"/> (new entities, not tracked by any context) in one transaction, possibly shared with other producers' rows;
    /// completes when they are stored and fails with the store's error when they are not.</summary>
    /// <exception cref="ObjectDisposedException">The queue is shutting down.</exception>
    public Task CommitAsync(IReadOnlyList<object> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pending = new PendingCommit(rows);
        if (!_queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(GroupCommit), "The operational store's group commit is shutting down; the rows were not stored.");
        return pending.Stored.Task;
    }

    /// <summary>Commits what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingCommit>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                batch.Add(pending);
            await CommitBatchAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task CommitBatchAsync(List<PendingCommit> batch)
    {
        try
        {
            await InsertAsync(batch.SelectMany(p => p.Rows)).ConfigureAwait(false);
            foreach (var pending in batch)
                pending.Stored.TrySetResult();
            return;
        }
#pragma warning disable CA1031 // Every error belongs to a producer: it is handed to the one at fault below, never swallowed.
        catch (Exception) when (batch.Count > 1)
        {
            // Find the producer at fault: each one alone, in its own transaction.
        }
        catch (Exception ex)
        {
            batch[0].Stored.TrySetException(ex);
            return;
        }

        foreach (var pending in batch)
        {
            try
            {
                await InsertAsync(pending.Rows).ConfigureAwait(false);
                pending.Stored.TrySetResult();
            }
            catch (Exception ex)
            {
                pending.Stored.TrySetException(ex);
            }
        }
#pragma warning restore CA1031
    }

    private async Task InsertAsync(IEnumerable<object> rows)
    {
        await using var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var row in rows)
        {
            ClearGeneratedKeys(db, row);
            db.Add(row);
        }

        // One SaveChanges is one transaction.
        await db.SaveChangesAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _transactions);
    }

    // A failed batch may already have written database-generated ids into its rows; a new row must go in without one.
    private static void ClearGeneratedKeys(OperationalDbContext db, object row)
    {
        var key = db.Model.FindEntityType(row.GetType())?.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{row.GetType().Name} is not an entity of the operational store, so it cannot be committed there.");
        foreach (var property in key.Properties.Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd && p.PropertyInfo is not null))
            property.PropertyInfo!.SetValue(row, property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null);
    }

    private sealed record PendingCommit(IReadOnlyList<object> Rows)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
