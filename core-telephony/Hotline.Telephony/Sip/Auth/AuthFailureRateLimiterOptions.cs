namespace Hotline.Telephony.Sip.Auth;

/// <summary>Limits for repeated digest failures per <see cref="AuthFailureKey"/>.</summary>
public sealed class AuthFailureRateLimiterOptions
{
    /// <summary>Failures tolerated within <see cref="Window"/>; the next attempt is refused. Default 5.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>The window failures are counted in, from the first failure. Default 1 minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a key is refused once it reached <see cref="MaxFailures"/>. Default 5 minutes.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most keys tracked at once, bounding memory under a spread-out attack. Default 10 000.</summary>
    public int MaxEntries { get; set; } = 10_000;
}
