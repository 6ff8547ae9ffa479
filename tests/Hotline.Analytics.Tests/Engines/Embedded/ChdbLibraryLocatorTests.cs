using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;

namespace Hotline.Analytics.Tests.Engines.Embedded;

[Trait("Category", "Unit")]
public sealed class ChdbLibraryLocatorTests
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "hotline-locator");
    private static readonly string s_app = Path.Combine(s_root, "repo", "portal", "bin", "Debug", "net10.0");
    private static readonly string s_cwd = Path.Combine(s_root, "work", "dir");
    private static readonly string s_repoCache = Path.Combine(s_root, "repo", ".cache", "chdb", "libchdb.so");

    [Fact]
    public void A_configured_path_wins_over_everything()
    {
        var configured = Path.Combine(s_root, "configured", "libchdb.so");
        var locator = new ChdbLibraryLocator(configured, "/env/libchdb.so", [s_app], _ => true);

        Assert.Equal(configured, locator.Locate());
    }

    [Fact]
    public void The_environment_variable_comes_next()
    {
        var locator = new ChdbLibraryLocator(null, "/env/libchdb.so", [s_app], _ => true);

        Assert.Equal("/env/libchdb.so", locator.Locate());
    }

    [Fact]
    public void Without_explicit_paths_the_nearest_cache_above_the_app_is_found()
    {
        string[] present = [s_repoCache, Path.Combine(s_root, ".cache", "chdb", "libchdb.so")];
        var locator = new ChdbLibraryLocator(" ", null, [s_app, s_cwd], present.Contains);

        Assert.Equal(s_repoCache, locator.Locate());
    }

    [Fact]
    public void The_working_directory_is_searched_after_the_app_directory()
    {
        var nearCwd = Path.Combine(s_root, "work", ".cache", "chdb", "libchdb.so");
        var locator = new ChdbLibraryLocator(null, null, [s_app, s_cwd], path => path == nearCwd);

        var searched = locator.SearchedPaths();

        Assert.Equal(nearCwd, locator.Locate());
        Assert.Equal(Path.Combine(s_app, ".cache", "chdb", "libchdb.so"), searched[0]);
        Assert.True(searched.ToList().IndexOf(s_repoCache) < searched.ToList().IndexOf(nearCwd));
        Assert.Equal(searched.Count, searched.Distinct().Count());
    }

    [Fact]
    public void A_missing_library_names_where_it_looked_and_how_to_install_it()
    {
        var locator = new ChdbLibraryLocator(null, null, [s_app], _ => false);

        var error = Assert.Throws<AnalyticsEngineException>(locator.Locate);

        Assert.Contains("./hotline setup", error.Message, StringComparison.Ordinal);
        Assert.Contains(s_repoCache, error.Message, StringComparison.Ordinal);
        Assert.Contains(ChdbLibraryLocator.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_path_that_points_nowhere_is_an_error_not_a_fallback()
    {
        var locator = new ChdbLibraryLocator("/nowhere/libchdb.so", null, [s_app], path => path == s_repoCache);

        var error = Assert.Throws<AnalyticsEngineException>(locator.Locate);

        Assert.Contains(ChdbLibraryLocator.ConfigurationKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("/nowhere/libchdb.so", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_environment_path_names_the_variable()
    {
        var locator = new ChdbLibraryLocator(null, "/nowhere/libchdb.so", [s_app], _ => false);

        var error = Assert.Throws<AnalyticsEngineException>(locator.Locate);

        Assert.Contains(ChdbLibraryLocator.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }
}
