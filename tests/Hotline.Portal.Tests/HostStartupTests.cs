using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests;

/// <summary>The real platform process: readiness, configuration keys honoured, and the part states /healthz reports.</summary>
[Trait("Category", "Integration")]
public sealed class HostStartupTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Healthz_reports_every_part_ready_on_configured_ports_and_data_folder()
    {
        var settings = PortalSettings.Fresh();
        await using var portal = PortalProcess.Start(settings);

        var health = await portal.WaitUntilReadyAsync(ReadyTimeout);

        Assert.Equal("ready", health.GetProperty("status").GetString());
        var parts = health.GetProperty("parts");
        foreach (var part in new[] { "silo", "sip", "analytics", "store" })
        {
            Assert.True(parts.TryGetProperty(part, out var state), $"/healthz does not name part '{part}': {health}");
            Assert.Equal("ready", state.GetProperty("state").GetString());
        }

        // The configured SIP address is the one bound, on both transports.
        Assert.Contains($"udp:127.0.0.1:{settings.SipPort}", parts.GetProperty("sip").GetProperty("detail").GetString(), StringComparison.Ordinal);
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, settings.SipPort, TestContext.Current.CancellationToken);
            Assert.True(tcp.Connected);
        }

        // The configured data folder holds the store and the analytics engine's files.
        Assert.True(File.Exists(Path.Combine(settings.DataDir, "hotline.db")), $"no SQLite store in {settings.DataDir}");
        Assert.True(Directory.Exists(Path.Combine(settings.DataDir, "clickhouse")), $"no analytics folder in {settings.DataDir}");
        Assert.Contains(settings.DataDir, portal.StandardOutput, StringComparison.Ordinal);

        // The API description is public, like /healthz.
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };
        using var openApi = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        using var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_answers_503_naming_the_failed_part_while_analytics_is_not_ready()
    {
        // A second process on the same data folder cannot take the analytics engine's lock: the platform
        // runs but must not claim to be ready, and must say why.
        var first = PortalSettings.Fresh();
        await using var owner = PortalProcess.Start(first);
        await owner.WaitUntilReadyAsync(ReadyTimeout);

        var second = PortalSettings.Fresh(first.DataDir);
        await using var blocked = PortalProcess.Start(second);
        using var http = new HttpClient { BaseAddress = blocked.BaseAddress };
        JsonElement body = default;
        var status = HttpStatusCode.OK;
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(blocked.HasExited, $"second portal exited: {blocked.StandardError}");
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
                status = response.StatusCode;
                body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
                if (body.GetProperty("parts").GetProperty("analytics").GetProperty("state").GetString() == "failed")
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("failed", body.GetProperty("status").GetString());
        var analytics = body.GetProperty("parts").GetProperty("analytics");
        Assert.Equal("failed", analytics.GetProperty("state").GetString());
        Assert.Contains("clickhouse", analytics.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("ready", body.GetProperty("parts").GetProperty("sip").GetProperty("state").GetString());
    }
}
