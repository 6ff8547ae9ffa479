using Hotline.Reports.Fonts;

namespace Hotline.Reports.Tests.Fonts;

[Trait("Category", "Unit")]
public sealed class FontFolderLocatorTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "hotline-font-locator");
    private static readonly string App = Path.Combine(Root, "repo", "portal", "bin", "Release", "net10.0");
    private static readonly string RepoFonts = Path.Combine(Root, "repo", ".cache", "fonts");

    private static Func<string, bool> Present(string folder) =>
        path => ReportFontFiles.FileNames.Any(name => path == Path.Combine(folder, name));

    [Fact]
    public void The_configured_folder_wins_over_the_environment()
    {
        var configured = Path.Combine(Root, "configured");
        var locator = new FontFolderLocator(configured, "/env/fonts", [App], _ => true);

        Assert.Equal(configured, locator.Locate());
    }

    [Fact]
    public void The_environment_variable_comes_next()
    {
        var locator = new FontFolderLocator(null, "/env/fonts", [App], Present("/env/fonts"));

        Assert.Equal("/env/fonts", locator.Locate());
    }

    [Fact]
    public void Without_settings_the_nearest_cache_above_the_app_is_found()
    {
        var locator = new FontFolderLocator(" ", null, [App], Present(RepoFonts));

        Assert.Equal(RepoFonts, locator.Locate());
    }

    [Fact]
    public void A_folder_holding_only_one_face_does_not_count()
    {
        var locator = new FontFolderLocator(null, null, [App], path => path == Path.Combine(RepoFonts, ReportFontFiles.RegularFileName));

        Assert.Throws<ReportFontException>(locator.Locate);
    }

    [Fact]
    public void An_explicit_folder_without_the_fonts_names_the_folder_the_setting_and_the_missing_file()
    {
        var locator = new FontFolderLocator(null, "/nowhere/fonts", [App], Present(RepoFonts));

        var error = Assert.Throws<ReportFontException>(locator.Locate);

        Assert.Contains("/nowhere/fonts", error.Message, StringComparison.Ordinal);
        Assert.Contains(FontFolderLocator.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains(ReportFontFiles.BoldFileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_found_names_every_folder_searched_and_how_to_install()
    {
        var locator = new FontFolderLocator(null, null, [App], _ => false);

        var error = Assert.Throws<ReportFontException>(locator.Locate);

        Assert.Contains(RepoFonts, error.Message, StringComparison.Ordinal);
        Assert.Contains("./hotline setup", error.Message, StringComparison.Ordinal);
    }
}
