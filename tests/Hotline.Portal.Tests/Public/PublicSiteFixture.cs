using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests.Public;

/// <summary>One real platform process (demo organisation) for the citizen-site tests: a known captcha key and a small per-address post limit over a long window.</summary>
public sealed class PublicSiteFixture : IAsyncLifetime
{
    /// <summary>The key the process derives captcha questions with, so the tests can answer them as a person reading the image would.</summary>
    public const string CaptchaSecret = "public-site-integration-secret";

    /// <summary>Form posts one address may make per page before 429.</summary>
    public const int PostsPerWindow = 5;

    internal PortalProcess Portal { get; private set; } = null!;

    public Uri BaseAddress => Portal.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        Portal = PortalProcess.Start(PortalSettings.Fresh(), new Dictionary<string, string?>
        {
            ["Hotline__Public__CaptchaSecret"] = CaptchaSecret,
            ["Hotline__Public__PostsPerWindow"] = PostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // An hour: the window never rolls over while a test counts its posts.
            ["Hotline__Public__WindowSeconds"] = "3600",
        });
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(180));
    }

    public async ValueTask DisposeAsync() => await Portal.DisposeAsync();

    // On a loaded machine one /healthz answer can take longer than the poller's 10 s client timeout, which it reports as a
    // cancellation: that is a slow answer, not a failed start, so polling goes on until the overall deadline.
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            try
            {
                await Portal.WaitUntilReadyAsync(left);
                return;
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline && !Portal.HasExited)
            {
            }
        }
    }
}
