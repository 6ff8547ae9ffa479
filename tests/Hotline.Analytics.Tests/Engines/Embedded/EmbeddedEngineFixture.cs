using Hotline.Analytics.Engines.Embedded;

[assembly: AssemblyFixture(typeof(Hotline.Analytics.Tests.Engines.Embedded.EmbeddedEngineFixture))]

namespace Hotline.Analytics.Tests.Engines.Embedded;

/// <summary>The one embedded engine the whole test assembly shares (chDB is one engine per process), opened on first use.</summary>
/// <remarks>Each test class works in its own database. Opened lazily so unit tests run without the native library.</remarks>
public sealed class EmbeddedEngineFixture : IAsyncDisposable
{
    private readonly Lazy<EmbeddedClickHouseEngine> _engine;

    public EmbeddedEngineFixture()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"hotline-analytics-tests-{Environment.ProcessId}");
        _engine = new Lazy<EmbeddedClickHouseEngine>(() => EmbeddedClickHouseEngine.Open(DataDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Hotline:DataDir for the shared engine; the engine lives in its clickhouse subfolder.</summary>
    public string DataDirectory { get; }

    public EmbeddedClickHouseEngine Engine => _engine.Value;

    /// <summary>Creates (if needed) and returns a database named t_<paramref name="name"/>.</summary>
    public async Task<string> DatabaseAsync(string name)
    {
        var database = $"t_{name}";
        await Engine.ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {database}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine.IsValueCreated)
            await _engine.Value.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
