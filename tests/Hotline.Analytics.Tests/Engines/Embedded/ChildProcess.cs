using System.Diagnostics;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;

namespace Hotline.Analytics.Tests.Engines.Embedded;

/// <summary>Runs scenarios that need a process of their own by starting this test assembly again with a switch.</summary>
/// <remarks>
/// The child loads this assembly as a .NET startup hook (DOTNET_STARTUP_HOOKS), which runs before the test
/// platform's entry point, does the scenario and exits. A module initializer would be simpler but deadlocks:
/// until it returns, every other thread entering this assembly waits for it.
/// </remarks>
internal static class ChildProcess
{
    private const string ModeVariable = "HOTLINE_ANALYTICS_TEST_CHILD";
    private const string DataDirectoryVariable = "HOTLINE_ANALYTICS_TEST_CHILD_DATA";

    /// <summary>The outbox store file for the ingestion scenarios.</summary>
    public const string StoreVariable = "HOTLINE_ANALYTICS_TEST_CHILD_STORE";

    /// <summary>Tries to open the engine over a folder another process holds; prints the error.</summary>
    public const string OpenBusyFolder = "open-busy-folder";

    /// <summary>Opens, writes, closes and reopens the engine, then opens another folder; prints what it saw.</summary>
    public const string Reopen = "reopen";

    /// <summary>Throws null references and forces collections on other threads while the engine answers queries.</summary>
    public const string NullAndCollect = "null-and-collect";

    /// <summary>Ingests the outbox and kills itself (SIGKILL) right after the second insert of the first batch.</summary>
    public const string IngestThenDie = "ingest-then-die";

    /// <summary>Ingests whatever the outbox still holds and prints the counts it finds.</summary>
    public const string IngestResume = "ingest-resume";

    /// <summary>Called from the startup hook: runs the scenario named in the environment, if any, and exits.</summary>
    internal static void RunIfChild()
    {
        var mode = Environment.GetEnvironmentVariable(ModeVariable);
        if (string.IsNullOrEmpty(mode))
            return;

        int exitCode;
        try
        {
            var dataDirectory = Environment.GetEnvironmentVariable(DataDirectoryVariable) ?? throw new InvalidOperationException(DataDirectoryVariable + " is not set");
            exitCode = mode switch
            {
                OpenBusyFolder => RunOpenBusyFolder(dataDirectory),
                Reopen => RunReopen(dataDirectory),
                NullAndCollect => RunNullAndCollect(dataDirectory),
                IngestThenDie or IngestResume => Ingestion.IngestionChild.Run(mode == IngestThenDie, dataDirectory, Environment.GetEnvironmentVariable(StoreVariable)!),
                _ => 64,
            };
        }
        catch (Exception ex)
        {
            Console.WriteLine("child failed: " + ex);
            exitCode = 70;
        }

        Console.Out.Flush();
        Environment.Exit(exitCode);
    }

    /// <summary>Starts this assembly as a child in <paramref name="mode"/> and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string mode, string dataDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(ChildProcess).Assembly.Location;
        start.Environment[ModeVariable] = mode;
        start.Environment[DataDirectoryVariable] = dataDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"child '{mode}' hung and was killed after {timeout}; its output: {await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }

    private static int RunOpenBusyFolder(string dataDirectory)
    {
        EmbeddedClickHouseEngine engine;
        try
        {
            engine = EmbeddedClickHouseEngine.Open(dataDirectory);
        }
        catch (AnalyticsEngineException ex)
        {
            Console.WriteLine("refused: " + ex.Message);
            return 0;
        }

        engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine("opened a folder another process holds");
        return 1;
    }

    private static int RunNullAndCollect(string dataDirectory)
    {
        var engine = EmbeddedClickHouseEngine.Open(dataDirectory);
        var (collections, caught) = RuntimeUnderStress.RunQueriesAsync(engine, 30, CancellationToken.None).GetAwaiter().GetResult();
        engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"collections {collections} null-references {caught}");
        return collections > 10 && caught > 10 ? 0 : 1;
    }

    private static int RunReopen(string dataDirectory)
    {
        var stopwatch = Stopwatch.StartNew();
        var first = EmbeddedClickHouseEngine.Open(dataDirectory);
        Console.WriteLine($"open1 {stopwatch.ElapsedMilliseconds} ms");
        first.ExecuteAsync("CREATE TABLE IF NOT EXISTS default.kept (n UInt32) ENGINE = MergeTree ORDER BY n").GetAwaiter().GetResult();
        first.ExecuteAsync("INSERT INTO default.kept SELECT number FROM numbers(10)").GetAwaiter().GetResult();
        stopwatch.Restart();
        first.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"close1 {stopwatch.ElapsedMilliseconds} ms");

        stopwatch.Restart();
        var second = EmbeddedClickHouseEngine.Open(dataDirectory);
        Console.WriteLine($"open2 {stopwatch.ElapsedMilliseconds} ms, restored signals {string.Join(",", second.RestoredSignals)}");
        var count = second.QueryAsync("SELECT count() FROM default.kept", "TabSeparated").GetAwaiter().GetResult().Text.Trim();
        Console.WriteLine($"count {count}");
        second.DisposeAsync().AsTask().GetAwaiter().GetResult();

        stopwatch.Restart();
        var other = EmbeddedClickHouseEngine.Open(Path.Combine(dataDirectory, "other"));
        Console.WriteLine($"open-other {stopwatch.ElapsedMilliseconds} ms");
        var tables = other.QueryAsync("SELECT count() FROM system.tables WHERE database = 'default'", "TabSeparated").GetAwaiter().GetResult().Text.Trim();
        Console.WriteLine($"other-tables {tables}");
        other.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return count == "10" && tables == "0" ? 0 : 1;
    }
}
