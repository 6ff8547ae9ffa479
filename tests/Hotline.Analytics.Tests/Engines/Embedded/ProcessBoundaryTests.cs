using Hotline.Analytics.Engines.Embedded;

namespace Hotline.Analytics.Tests.Engines.Embedded;

/// <summary>Behaviour that needs a second process: chDB's folder lock and reopening the engine.</summary>
[Trait("Category", "Integration")]
public sealed class ProcessBoundaryTests(EmbeddedEngineFixture fixture)
{
    private static readonly TimeSpan s_childTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_second_process_on_the_same_folder_gets_a_clear_message()
    {
        var folder = fixture.Engine.DataFolder;

        var (exitCode, output) = await ChildProcess.RunAsync(ChildProcess.OpenBusyFolder, fixture.DataDirectory, s_childTimeout);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"'{folder}'", output, StringComparison.Ordinal);
        Assert.Contains("in use by another Hotline process", output, StringComparison.Ordinal);
        Assert.Contains($"process {Environment.ProcessId}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_probe_sees_this_process_holding_the_shared_engine_folder()
    {
        // flock locks belong to an open file description, so even this process conflicts with chDB's own lock.
        Assert.True(DataFolderLock.IsHeldElsewhere(fixture.Engine.DataFolder, out var holder));
        Assert.Equal(Environment.ProcessId, holder);

        var free = Directory.CreateTempSubdirectory("hotline-lock-");
        try
        {
            File.WriteAllText(Path.Combine(free.FullName, DataFolderLock.StatusFileName), "PID: 1\n");
            Assert.False(DataFolderLock.IsHeldElsewhere(free.FullName, out _));
        }
        finally
        {
            free.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_engine_can_be_closed_and_reopened_in_a_process()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hotline-reopen-");
        try
        {
            var (exitCode, output) = await ChildProcess.RunAsync(ChildProcess.Reopen, dataDirectory.FullName, s_childTimeout);

            Assert.True(exitCode == 0, output);
            Assert.Contains("count 10", output, StringComparison.Ordinal);
            TestContext.Current.TestOutputHelper?.WriteLine(output);
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }
}
