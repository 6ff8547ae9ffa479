using System.Diagnostics;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>A <c>hotline qa-worker</c> process (the built platform's console entry) over a test data folder.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<string> started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private WorkerProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>What the process wrote so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
                return string.Join('\n', output);
        }
    }

    /// <summary>Starts the worker on <paramref name="dataDir"/> and waits for its start-up line.</summary>
    public static async Task<WorkerProcess> StartAsync(string dataDir, CancellationToken cancellationToken)
    {
        var platform = PlatformAssembly();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        foreach (var argument in new[] { platform, "qa-worker", $"--Hotline:DataDir={dataDir}", "--Hotline:Qa:Workers=1" })
            info.ArgumentList.Add(argument);
        var worker = new WorkerProcess(new Process { StartInfo = info });
        worker.process.OutputDataReceived += (_, e) => worker.Received(e.Data);
        worker.process.ErrorDataReceived += (_, e) => worker.Received(e.Data);
        worker.process.Start();
        worker.process.BeginOutputReadLine();
        worker.process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var exited = worker.process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(worker.started.Task, exited);
        if (first != worker.started.Task)
            throw new InvalidOperationException($"The qa-worker process ({platform}) did not start:\n{worker.Output}");
        return worker;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.Add(line);
        if (line.StartsWith("qa-worker:", StringComparison.Ordinal))
            started.TrySetResult(line);
    }

    // The suite builds the whole solution first; the platform's output sits beside this project's, same configuration.
    private static string PlatformAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hotline.sln")))
            directory = directory.Parent;
        if (directory is null)
            throw new InvalidOperationException($"No Hotline.sln above {AppContext.BaseDirectory}.");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var path = Path.Combine(directory.FullName, "portal", "Hotline.Portal", "bin", configuration, "net10.0", "Hotline.Portal.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"The platform is not built at {path}; build Hotline.sln ({configuration}) first.");
    }
}
