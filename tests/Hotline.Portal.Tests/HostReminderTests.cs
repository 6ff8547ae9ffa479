using Hotline.Portal.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace Hotline.Portal.Tests;

/// <summary>The platform process runs its silo with reminders in the operational store (not the restart-losing timer fallback).</summary>
[Trait("Category", "Integration")]
public sealed class HostReminderTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task The_report_schedule_registers_its_reminder_in_the_store_at_start()
    {
        var settings = PortalSettings.Fresh();
        await using var portal = PortalProcess.Start(settings);
        await portal.WaitUntilReadyAsync(ReadyTimeout);

        // The schedule grain registers its reminder once the host has started, a moment after /healthz is ready.
        var deadline = DateTime.UtcNow + ReadyTimeout;
        long rows = 0;
        while (rows == 0 && DateTime.UtcNow < deadline)
        {
            Assert.False(portal.HasExited, $"portal exited: {portal.StandardError}");
            rows = await ReportScheduleRemindersAsync(settings.DataDir);
            if (rows == 0)
                await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.True(rows == 1, $"no report-schedule reminder in the store's orleans_reminder table; output: {portal.StandardOutput}");
        Assert.DoesNotContain("no reminder service", portal.StandardOutput, StringComparison.Ordinal);
    }

    private static async Task<long> ReportScheduleRemindersAsync(string dataDir)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "hotline.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'orleans_reminder'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            return 0;
        command.CommandText = "SELECT count(*) FROM orleans_reminder WHERE reminder_name = 'report-schedule'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
