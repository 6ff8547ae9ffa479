using Hotline.Analytics.Engines.Server;

namespace Hotline.Analytics.Tests.Engines.Server;

[Trait("Category", "Unit")]
public sealed class ServerStatementTests
{
    [Theory]
    [InlineData("SELECT 1", "SELECT 1\nFORMAT TabSeparated")]
    [InlineData("SELECT 1;  \n", "SELECT 1\nFORMAT TabSeparated")]
    [InlineData("SELECT 1 -- trailing comment", "SELECT 1 -- trailing comment\nFORMAT TabSeparated")]
    public void The_format_goes_on_a_line_of_its_own_after_the_statement(string sql, string expected) =>
        Assert.Equal(expected, ServerStatement.WithFormat(sql, "TabSeparated"));

    [Fact]
    public void A_format_that_is_not_a_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => ServerStatement.WithFormat("SELECT 1", "JSON; DROP"));

    [Fact]
    public void Parameters_become_param_settings_and_bad_names_are_refused()
    {
        var settings = ServerStatement.ParameterSettings(new Dictionary<string, string> { ["from"] = "2026-03-01" });
        Assert.Equal("2026-03-01", settings["param_from"]);

        Assert.Throws<ArgumentException>(() => ServerStatement.ParameterSettings(new Dictionary<string, string> { ["a&b"] = "1" }));
    }
}
