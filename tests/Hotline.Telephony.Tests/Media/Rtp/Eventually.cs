namespace Hotline.Telephony.Tests.Media.Rtp;

/// <summary>Polls a condition until it holds or a deadline passes.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for: {what}");
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
