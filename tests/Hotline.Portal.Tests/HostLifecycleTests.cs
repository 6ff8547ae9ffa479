using System.Diagnostics;
using Hotline.Portal.Tests.Hosting;
using Npgsql;

namespace Hotline.Portal.Tests;

/// <summary>Clean shutdown, and the store provider switch honoured against the real PostgreSQL the test command starts.</summary>
[Trait("Category", "Integration")]
public sealed class HostLifecycleTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Sigterm_stops_cleanly_and_releases_the_data_folder_for_the_next_start()
    {
        var settings = PortalSettings.Fresh();
        await using (var first = PortalProcess.Start(settings))
        {
            await first.WaitUntilReadyAsync(ReadyTimeout);
            using var kill = Process.Start("kill", ["-TERM", first.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

            var exitCode = await first.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.True(exitCode == 0, $"exit code {exitCode} after SIGTERM; stderr:\n{first.StandardError}");
            Assert.Contains("Embedded ClickHouse closed", first.StandardOutput, StringComparison.Ordinal);
        }

        // Same data folder, new ports: the analytics engine's lock and the SQLite file were released.
        await using var second = PortalProcess.Start(PortalSettings.Fresh(settings.DataDir));
        var health = await second.WaitUntilReadyAsync(ReadyTimeout);
        Assert.Equal("ready", health.GetProperty("parts").GetProperty("analytics").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Postgres_store_provider_is_used_when_configured()
    {
        var server = Environment.GetEnvironmentVariable("HOTLINE_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(server),
            "HOTLINE_TEST_POSTGRES is not set: run the suite with ./hotline test, which starts PostgreSQL on loopback");
        var database = "hotline_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        await using var portal = PortalProcess.Start(PortalSettings.Fresh(), new Dictionary<string, string?>
        {
            ["Hotline__Store__Provider"] = "postgres",
            ["Hotline__Store__ConnectionString"] = connection,
        });

        var health = await portal.WaitUntilReadyAsync(ReadyTimeout);

        Assert.Contains("Npgsql", health.GetProperty("parts").GetProperty("store").GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var check = new NpgsqlConnection(connection);
        await check.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM sip_accounts", check);
        Assert.Equal(10L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
