namespace Hotline.Analytics.Engines.Embedded;

/// <summary>Finds libchdb.so: the configured path, else HOTLINE_CHDB_LIBRARY, else .cache/chdb/libchdb.so in a folder above the app or the working directory.</summary>
/// <remarks>
/// An explicit path (configuration or environment) that points nowhere is an error rather than a reason to
/// keep searching: silently loading some other copy would hide a broken deployment.
/// </remarks>
public sealed class ChdbLibraryLocator
{
    /// <summary>The configuration key holding an explicit library path.</summary>
    public const string ConfigurationKey = "Hotline:Analytics:Library";

    /// <summary>The environment variable holding an explicit library path.</summary>
    public const string EnvironmentVariable = "HOTLINE_CHDB_LIBRARY";

    /// <summary>Where ./hotline setup installs the library, relative to the repository root.</summary>
    public static readonly string CacheRelativePath = Path.Combine(".cache", "chdb", "libchdb.so");

    private readonly string? _configuredPath;
    private readonly string? _environmentPath;
    private readonly IReadOnlyList<string> _searchRoots;
    private readonly Func<string, bool> _fileExists;

    /// <summary>A locator over explicit inputs; <paramref name="fileExists"/> defaults to <see cref="File.Exists(string)"/>.</summary>
    public ChdbLibraryLocator(string? configuredPath, string? environmentPath, IEnumerable<string> searchRoots, Func<string, bool>? fileExists = null)
    {
        ArgumentNullException.ThrowIfNull(searchRoots);
        _configuredPath = string.IsNullOrWhiteSpace(configuredPath) ? null : configuredPath;
        _environmentPath = string.IsNullOrWhiteSpace(environmentPath) ? null : environmentPath;
        _searchRoots = [.. searchRoots];
        _fileExists = fileExists ?? File.Exists;
    }

    /// <summary>A locator for this process: the given configured path, the environment, AppContext.BaseDirectory and the current directory.</summary>
    public static ChdbLibraryLocator ForCurrentProcess(string? configuredPath) =>
        new(configuredPath, Environment.GetEnvironmentVariable(EnvironmentVariable), [AppContext.BaseDirectory, Environment.CurrentDirectory]);

    /// <summary>The cache locations searched when nothing explicit is set, nearest first, each once.</summary>
    public IReadOnlyList<string> SearchedPaths()
    {
        var paths = new List<string>();
        foreach (var root in _searchRoots)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(root)); folder != null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, CacheRelativePath);
                if (!paths.Contains(candidate, StringComparer.Ordinal))
                    paths.Add(candidate);
            }
        }

        return paths;
    }

    /// <summary>The full path of the library to load; throws <see cref="AnalyticsEngineException"/> naming where it looked.</summary>
    public string Locate()
    {
        if (_configuredPath != null)
            return Explicit(_configuredPath, $"The configuration key {ConfigurationKey}");
        if (_environmentPath != null)
            return Explicit(_environmentPath, $"The environment variable {EnvironmentVariable}");

        var searched = SearchedPaths();
        foreach (var candidate in searched)
        {
            if (_fileExists(candidate))
                return candidate;
        }

        throw new AnalyticsEngineException(
            $"The ClickHouse engine library (libchdb.so) was not found. Run ./hotline setup to install it, "
            + $"or set {ConfigurationKey} or {EnvironmentVariable} to its path. Looked in: {string.Join(", ", searched)}.");
    }

    private string Explicit(string path, string source)
    {
        var fullPath = Path.GetFullPath(path);
        return _fileExists(fullPath)
            ? fullPath
            : throw new AnalyticsEngineException(
                $"{source} names the ClickHouse engine library '{path}' ({fullPath}), but there is no file there. "
                + "Correct or remove the setting; ./hotline setup installs the library to " + CacheRelativePath + ".");
    }
}
