using Hotline.Portal.Configuration;

namespace Hotline.Portal.Tests.Configuration;

[Trait("Category", "Unit")]
public sealed class HotlineOptionsValidatorTests
{
    private static HotlineOptions Valid() => new() { DataDir = Path.Combine(Path.GetTempPath(), "hotline-validator-" + Guid.NewGuid().ToString("N")) };

    [Fact]
    public void Defaults_are_valid_and_yield_the_listen_addresses()
    {
        var listen = HotlineOptionsValidator.Validate(Valid());

        Assert.Equal(["udp:127.0.0.1:5060", "tcp:127.0.0.1:5060"], listen.Select(a => a.ToString()));
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData(" postgres ")]
    public void Provider_names_are_case_and_space_insensitive(string provider)
    {
        var options = Valid();
        options.Store.Provider = provider;
        options.Store.ConnectionString = "Host=127.0.0.1";

        HotlineOptionsValidator.Validate(options);
    }

    [Fact]
    public void Postgres_without_connection_string_names_the_missing_key()
    {
        var options = Valid();
        options.Store.Provider = "postgres";

        var error = Assert.Throws<HotlineStartupException>(() => HotlineOptionsValidator.Validate(options));

        Assert.Contains("Hotline:Store:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Server_engine_without_connection_string_names_the_missing_key()
    {
        var options = Valid();
        options.Analytics.Engine = "server";

        var error = Assert.Throws<HotlineStartupException>(() => HotlineOptionsValidator.Validate(options));

        Assert.Contains("Hotline:Analytics:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("udp:127.0.0.1")]
    [InlineData("tcp:not-an-ip:5060")]
    [InlineData("udp:127.0.0.1:5060;udp:127.0.0.1:5060")]
    public void Bad_listen_values_name_the_key_and_value(string listen)
    {
        var options = Valid();
        options.Sip.Listen = listen;

        var error = Assert.Throws<HotlineStartupException>(() => HotlineOptionsValidator.Validate(options));

        Assert.Contains("Hotline:Sip:Listen", error.Message, StringComparison.Ordinal);
        Assert.Contains(listen, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_folder_is_created_when_missing()
    {
        var options = Valid();

        HotlineOptionsValidator.Validate(options);

        Assert.True(Directory.Exists(options.DataDir));
        Directory.Delete(options.DataDir);
    }
}
