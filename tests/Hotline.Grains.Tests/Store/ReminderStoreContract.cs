using Hotline.Grains.Store.Orleans;
using Hotline.Grains.Tests.Reminders;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Store;

/// <summary>
/// Reminders in the operational store, run against each database: a reminder registered before a silo stops fires on
/// the silo that starts next on the same database, and the reminder schema installs again without harm.
/// </summary>
public abstract class ReminderStoreContract
{
    protected abstract TestStore Store { get; }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_on_the_restarted_silo()
    {
        var probe = "probe-" + Guid.NewGuid().ToString("N")[..8];
        var clustered = Store.Database == OrleansDatabase.Postgres;
        SiloAddress firstAddress;
        await using (var first = await TestSilo.StartAsync(Store, clustered, remindersInStore: true))
        {
            firstAddress = first.Address;
            // Due well after the first silo is gone: only the stored row can make it fire.
            await first.Grains.GetGrain<IReminderProbeGrain>(probe).RegisterAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(1L, Convert.ToInt64(await Store.ScalarAsync($"SELECT count(*) FROM orleans_reminder WHERE grain_id LIKE '%{probe}'")));
        }

        Assert.False(ReminderFirings.FiredOnAsync(probe, TimeSpan.Zero).IsCompletedSuccessfully, "the reminder fired before the first silo stopped");
        await using var second = await TestSilo.StartAsync(Store, clustered, remindersInStore: true);

        var firedOn = await ReminderFirings.FiredOnAsync(probe, TimeSpan.FromMinutes(2));

        Assert.Equal(second.Address, firedOn);
        Assert.NotEqual(firstAddress, firedOn);
    }

    [Fact]
    public async Task Reminder_schema_installs_twice_without_change_and_keeps_rows()
    {
        await OrleansSchema.ApplyAsync(Store.Database, Store.ConnectionString, OrleansSchemaPart.Reminders, TestContext.Current.CancellationToken);
        await using (var connection = await Store.ConnectAsync())
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO orleans_reminder (service_id, grain_id, reminder_name, grain_hash, start_time, period_ms, version) " +
                                 "VALUES ('kept', 'probe/kept', 'r', 1, CURRENT_TIMESTAMP, 60000, 0)";
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await OrleansSchema.ApplyAsync(Store.Database, Store.ConnectionString, OrleansSchemaPart.Reminders, TestContext.Current.CancellationToken);

        foreach (var (key, text) in OrleansSchema.Queries(Store.Database, OrleansSchemaPart.Reminders))
        {
            Assert.Equal(text, await Store.ScalarAsync($"SELECT QueryText FROM OrleansQuery WHERE QueryKey = '{key}'"));
        }

        Assert.Equal(1L, Convert.ToInt64(await Store.ScalarAsync("SELECT count(*) FROM orleans_reminder WHERE service_id = 'kept'")));
    }
}
