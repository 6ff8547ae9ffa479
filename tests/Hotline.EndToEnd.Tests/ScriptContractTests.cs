namespace Hotline.EndToEnd.Tests;

/// <summary>The ./hotline script's contract: idempotent set-up and clear refusal of unknown commands.</summary>
[Trait("Category", "Integration")]
public sealed class ScriptContractTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Setup_a_second_time_installs_nothing_and_leaves_the_cache_untouched()
    {
        var first = await HotlineScript.RunAsync(Limit, "setup", "--tests");
        Assert.True(first.ExitCode == 0, $"first setup failed:\n{first.StdErr}");
        var library = new FileInfo(Path.Combine(HotlineScript.Root, ".cache", "chdb", "libchdb.so"));
        var font = new FileInfo(Path.Combine(HotlineScript.Root, ".cache", "fonts", "NotoSansSC-Regular.ttf"));
        var before = (library.LastWriteTimeUtc, library.Length, font.LastWriteTimeUtc, font.Length);

        var second = await HotlineScript.RunAsync(Limit, "setup", "--tests");

        Assert.True(second.ExitCode == 0, $"second setup failed:\n{second.StdErr}");
        Assert.Contains("Debian packages present", second.StdErr, StringComparison.Ordinal);
        Assert.Contains("ClickHouse engine present", second.StdErr, StringComparison.Ordinal);
        Assert.Contains("CJK fonts present", second.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("installing", second.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("fetching", second.StdErr, StringComparison.Ordinal);
        library.Refresh();
        font.Refresh();
        Assert.Equal(before, (library.LastWriteTimeUtc, library.Length, font.LastWriteTimeUtc, font.Length));
        Assert.True(library.Length > 100_000_000, $"libchdb.so is only {library.Length} bytes");
    }

    [Theory]
    [InlineData("frobnicate", "unknown command 'frobnicate'")]
    [InlineData("setup --everything", "unknown option '--everything'")]
    [InlineData("test smoke", "unknown group 'smoke'")]
    public async Task Unknown_input_is_refused_with_a_message_and_non_zero_exit(string arguments, string expected)
    {
        var result = await HotlineScript.RunAsync(Limit, arguments.Split(' '));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
    }
}
