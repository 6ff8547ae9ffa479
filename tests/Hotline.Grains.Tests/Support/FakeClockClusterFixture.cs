using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Tests.Calls;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests.Support;

/// <summary>
/// A test cluster whose grains read a fake clock, for call-backs and campaigns (due times, retry intervals, calling
/// windows): a test moves time with <see cref="Advance"/> and then runs what the reminder would.
/// </summary>
public sealed class FakeClockClusterFixture : ClusterFixture
{
    /// <summary>The fake clock starts at 10:00 Asia/Shanghai (02:00 UTC) on a fixed day, inside the default calling window.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock;

    /// <summary>The one telephony node of this cluster: placed calls go to it (tests find their commands by call id).</summary>
    internal RecordingTelephonyNode Node { get; } = new();

    public void Advance(TimeSpan by) => FakeClock.Advance(by);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Grains.GetGrain<ITelephonyDirectoryGrain>(0).RegisterNodeAsync("fake-clock-node", Cluster.Client.CreateObjectReference<ITelephonyNode>(Node));
    }

    protected override void ConfigureBuilder(TestClusterBuilder builder) => builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            ConfigureSilo(siloBuilder, new FakeTimeProvider(Start));
        }
    }
}
