namespace Hotline.Reports.Fonts;

/// <summary>Finds the report font folder: the configured folder, else HOTLINE_FONT_FOLDER, else .cache/fonts in a folder above the app or the working directory.</summary>
/// <remarks>
/// An explicit folder (configuration or environment) without the font files is an error rather than a reason to keep
/// searching: a PDF set in some other font, or in boxes, would hide a broken deployment.
/// </remarks>
public sealed class FontFolderLocator
{
    /// <summary>The configuration key holding an explicit font folder.</summary>
    public const string ConfigurationKey = "Hotline:Reports:FontFolder";

    /// <summary>The environment variable holding an explicit font folder.</summary>
    public const string EnvironmentVariable = "HOTLINE_FONT_FOLDER";

    /// <summary>Where ./hotline setup installs the fonts, relative to the repository root.</summary>
    public static readonly string CacheRelativePath = Path.Combine(".cache", "fonts");

    private readonly string? _configuredFolder;
    private readonly string? _environmentFolder;
    private readonly IReadOnlyList<string> _searchRoots;
    private readonly Func<string, bool> _fileExists;

    /// <summary>A locator over explicit inputs; <paramref name="fileExists"/> defaults to <see cref="File.Exists(string)"/>.</summary>
    public FontFolderLocator(string? configuredFolder, string? environmentFolder, IEnumerable<string> searchRoots, Func<string, bool>? fileExists = null)
    {
        ArgumentNullException.ThrowIfNull(searchRoots);
        _configuredFolder = string.IsNullOrWhiteSpace(configuredFolder) ? null : configuredFolder;
        _environmentFolder = string.IsNullOrWhiteSpace(environmentFolder) ? null : environmentFolder;
        _searchRoots = [.. searchRoots];
        _fileExists = fileExists ?? File.Exists;
    }

    /// <summary>A locator for this process: the given configured folder, the environment, AppContext.BaseDirectory and the current directory.</summary>
    public static FontFolderLocator ForCurrentProcess(string? configuredFolder) =>
        new(configuredFolder, Environment.GetEnvironmentVariable(EnvironmentVariable), [AppContext.BaseDirectory, Environment.CurrentDirectory]);

    /// <summary>The cache folders searched when nothing explicit is set, nearest first, each once.</summary>
    public IReadOnlyList<string> SearchedFolders()
    {
        var folders = new List<string>();
        foreach (var root in _searchRoots)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(root)); folder != null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, CacheRelativePath);
                if (!folders.Contains(candidate, StringComparer.Ordinal))
                    folders.Add(candidate);
            }
        }

        return folders;
    }

    /// <summary>The full path of a folder holding every report font file; throws <see cref="ReportFontException"/> naming where it looked.</summary>
    public string Locate()
    {
        if (_configuredFolder != null)
            return Explicit(_configuredFolder, $"The configuration key {ConfigurationKey}");
        if (_environmentFolder != null)
            return Explicit(_environmentFolder, $"The environment variable {EnvironmentVariable}");

        var searched = SearchedFolders();
        foreach (var candidate in searched)
        {
            if (MissingFiles(candidate).Count == 0)
                return candidate;
        }

        throw new ReportFontException(
            $"The report fonts ({string.Join(", ", ReportFontFiles.FileNames)}) were not found. Run ./hotline setup to install them, "
            + $"or set {ConfigurationKey} or {EnvironmentVariable} to their folder. Looked in: {string.Join(", ", searched)}.");
    }

    private string Explicit(string folder, string source)
    {
        var fullPath = Path.GetFullPath(folder);
        var missing = MissingFiles(fullPath);
        return missing.Count == 0
            ? fullPath
            : throw new ReportFontException(
                $"{source} names the font folder '{folder}' ({fullPath}), but {string.Join(" and ", missing)} is not there. "
                + "Run ./hotline setup (it installs Noto Sans SC into " + CacheRelativePath + ") or correct the setting.");
    }

    private List<string> MissingFiles(string folder) =>
        [.. ReportFontFiles.FileNames.Where(name => !_fileExists(Path.Combine(folder, name)))];
}
