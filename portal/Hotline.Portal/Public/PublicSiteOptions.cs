namespace Hotline.Portal.Public;

/// <summary>Settings of the citizen site under <c>Hotline:Public</c>: the per-address form-post limit and the captcha.</summary>
public sealed class PublicSiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Public";

    /// <summary>Form posts (submission or query) one client address may make per window and page.</summary>
    public int PostsPerWindow { get; set; } = 10;

    /// <summary>The length of the rate-limit window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>How long a captcha may be answered, in seconds.</summary>
    public int CaptchaLifetimeSeconds { get; set; } = 300;

    /// <summary>The key the captcha questions are derived with; a random one per process when empty (set it only to answer captchas in tests).</summary>
    public string? CaptchaSecret { get; set; }
}
