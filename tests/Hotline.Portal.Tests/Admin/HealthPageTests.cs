using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Health;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The system-health page: every part with its state in Chinese and its detail, the telephony counters, and a refresh that
/// shows what the next check found.</summary>
[Trait("Category", "Unit")]
public sealed class HealthPageTests : PortalComponentTest
{
    private readonly SequencedHealth health = new();

    public HealthPageTests()
    {
        Services.AddSingleton<ISystemHealth>(health);
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("operator", PlatformRole.Operator));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    [Fact]
    public void Shows_each_part_with_its_state_and_detail()
    {
        var page = Show<HealthPage>(p => p.Add(x => x.RefreshEvery, TimeSpan.FromHours(1)));

        Assert.Equal("正常", page.Find("[data-testid='health-state-silo']").TextContent.Trim());
        Assert.Equal("故障", page.Find("[data-testid='health-state-analytics']").TextContent.Trim());
        Assert.Contains("engine failed: chdb missing", page.Find("[data-testid='health-detail-analytics']").TextContent, StringComparison.Ordinal);
        Assert.Contains("已注册分机 3 个，进行中通话 1 路", page.Find("[data-testid='health-detail-telephony']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Orleans 集群", page.Find("[data-testid='health-table']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Refreshes_with_the_next_check()
    {
        var page = Show<HealthPage>(p => p.Add(x => x.RefreshEvery, TimeSpan.FromMilliseconds(20)));

        page.WaitForAssertion(() => Assert.Equal("正常", page.Find("[data-testid='health-state-analytics']").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Contains("进行中通话 2 路", page.Find("[data-testid='health-detail-telephony']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_read_is_shown_and_the_page_keeps_going()
    {
        health.Failure = new InvalidOperationException("health checks timed out");

        var page = Show<HealthPage>(p => p.Add(x => x.RefreshEvery, TimeSpan.FromHours(1)));

        Assert.Contains("读取系统状态失败：health checks timed out", page.Find("[data-testid='health-failure']").TextContent, StringComparison.Ordinal);
    }

    /// <summary>The first read has analytics failed and one call; every later read has analytics ready and two calls.</summary>
    private sealed class SequencedHealth : ISystemHealth
    {
        private int reads;

        public Exception? Failure { get; set; }

        public Task<IReadOnlyList<HealthRow>> ReadAsync(CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }
            var first = Interlocked.Increment(ref reads) == 1;
            return Task.FromResult<IReadOnlyList<HealthRow>>(
            [
                new HealthRow(PlatformHealth.TelephonyPart, PartState.Ready, null, TimeSpan.Zero, 3, first ? 1 : 2),
                new HealthRow("silo", PartState.Ready, "grain call answered", TimeSpan.FromMilliseconds(2)),
                first
                    ? new HealthRow("analytics", PartState.Failed, "engine failed: chdb missing", TimeSpan.FromMilliseconds(1))
                    : new HealthRow("analytics", PartState.Ready, "chDB 25", TimeSpan.FromMilliseconds(1)),
            ]);
        }
    }
}
