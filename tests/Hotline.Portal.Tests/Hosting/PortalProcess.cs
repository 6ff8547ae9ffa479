using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Hotline.Portal.Tests.Hosting;

/// <summary>The real platform process started on loopback with its own ports and data folder.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private PortalProcess(Process process, PortalSettings settings)
    {
        _process = process;
        Settings = settings;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public PortalSettings Settings { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Settings.WebPort}");

    public string StandardOutput { get { lock (_gate) { return _stdout.ToString(); } } }

    public string StandardError { get { lock (_gate) { return _stderr.ToString(); } } }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public int ExitCode => _process.ExitCode;

    public static PortalProcess Start(PortalSettings settings, IReadOnlyDictionary<string, string?>? overrides = null) =>
        Launch(settings, ["--urls", $"http://127.0.0.1:{settings.WebPort}"], overrides);

    /// <summary>Runs one of the platform's console commands (e.g. <c>simulate history</c>) on the same data folder and settings; wait with <see cref="WaitForExitAsync"/>.</summary>
    public static PortalProcess RunCommand(PortalSettings settings, params string[] command) => Launch(settings, command, null);

    private static PortalProcess Launch(PortalSettings settings, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? overrides)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(RepositoryPaths.PortalAssembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings.Environment())
        {
            info.Environment[key] = value;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        return new PortalProcess(process, settings);
    }

    /// <summary>Polls /healthz until it answers 200; fails with the process output when it does not in time.</summary>
    public async Task<JsonElement> WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "(no answer)";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"portal exited with {_process.ExitCode} before ready.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
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
                // A starting platform on a loaded machine may take longer than one request's timeout: ask again until the deadline.
                last = $"(no answer within {http.Timeout.TotalSeconds:0} s)";
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"portal not ready after {timeout}; last /healthz: {last}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
    }

    /// <summary>Waits for the process to exit by itself (for start-up failures).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"portal still running after {timeout}.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
        }

        _process.WaitForExit(); // flushes the asynchronous output readers
        return _process.ExitCode;
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            target.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM, like Ctrl-C from the shell, so shutdown runs as it would for an operator.
            _ = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
