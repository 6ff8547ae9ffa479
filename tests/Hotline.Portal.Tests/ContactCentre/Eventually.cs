using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests.ContactCentre;

/// <summary>Polls a condition of the running platform until it holds, failing with the description and the platform's output.</summary>
internal static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, string description, PortalProcess portal, TimeSpan timeout) =>
        HoldsAsync(() => Task.FromResult(condition()), description, portal, timeout);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string description, PortalProcess portal, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {description}\n{portal.StandardOutput}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
