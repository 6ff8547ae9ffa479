using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Hotline.EndToEnd.Tests;

/// <summary>`./hotline run` builds and starts the whole platform, reaches a ready /healthz and stops on SIGTERM.</summary>
[Trait("Category", "Integration")]
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_reaches_ready_healthz_and_stops_cleanly_on_sigterm()
    {
        var web = LoopbackPorts.Next();
        var sip = LoopbackPorts.Next();
        var dataDir = Path.Combine(Path.GetTempPath(), "hotline-run-" + Guid.NewGuid().ToString("N")[..12]);
        var info = new ProcessStartInfo(Path.Combine(HotlineScript.Root, "hotline"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = HotlineScript.Root,
        };
        foreach (var argument in new[] { "run", "--urls", $"http://127.0.0.1:{web}" })
        {
            info.ArgumentList.Add(argument);
        }

        // Non-default ports so the test never collides with a platform a developer is running.
        info.Environment["Hotline__DataDir"] = dataDir;
        info.Environment["Hotline__Sip__Listen"] = $"udp:127.0.0.1:{sip};tcp:127.0.0.1:{sip}";
        info.Environment["Hotline__Silo__SiloPort"] = LoopbackPorts.Next().ToString(CultureInfo.InvariantCulture);
        info.Environment["Hotline__Silo__GatewayPort"] = LoopbackPorts.Next().ToString(CultureInfo.InvariantCulture);

        var output = new StringBuilder();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var health = await WaitForReadyAsync(process, web, output, TimeSpan.FromMinutes(8));
            Assert.Equal("ready", health.GetProperty("status").GetString());
            lock (output)
            {
                // The demo organisation is on by default with ./hotline run, and the banner says where to go.
                Assert.Contains("12328", output.ToString(), StringComparison.Ordinal);
                Assert.Contains($"http://127.0.0.1:{web}", output.ToString(), StringComparison.Ordinal);
            }

            using (Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) { }
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(cts.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    private static async Task<JsonElement> WaitForReadyAsync(Process process, int port, StringBuilder output, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"./hotline run exited early:\n{output}");
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
            {
                // A platform starting on a loaded machine may outlast one request's timeout: ask again until the deadline.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"./hotline run not ready after {timeout}:\n{output}");
    }
}
