using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Public.Captcha;

/// <summary>Issues captcha tokens and checks answers: each token is short-lived and can be answered once, right or wrong.</summary>
public sealed class CaptchaStore
{
    // A flood of page views must not grow the table without bound; past this many, expired tokens are dropped first, then the oldest.
    private const int MaxOutstanding = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> outstanding = new(StringComparer.Ordinal);
    private readonly byte[] key;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider clock;

    /// <summary>Creates the store from the site settings.</summary>
    public CaptchaStore(IOptions<PublicSiteOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        key = string.IsNullOrEmpty(settings.CaptchaSecret) ? RandomNumberGenerator.GetBytes(32) : CaptchaQuestion.KeyOf(settings.CaptchaSecret);
        lifetime = TimeSpan.FromSeconds(settings.CaptchaLifetimeSeconds);
        this.clock = clock;
    }

    /// <summary>A new token; its question is drawn by <see cref="QuestionFor"/>.</summary>
    public string Issue()
    {
        if (outstanding.Count >= MaxOutstanding)
        {
            Trim();
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        outstanding[token] = clock.GetUtcNow() + lifetime;
        return token;
    }

    /// <summary>The question of a live token, or null when it is unknown, used or expired.</summary>
    public CaptchaQuestion? QuestionFor(string token) =>
        outstanding.TryGetValue(token, out var expires) && expires > clock.GetUtcNow() ? CaptchaQuestion.From(key, token) : null;

    /// <summary>Uses up <paramref name="token"/> and tells whether <paramref name="answer"/> was right and in time.</summary>
    public bool TryAnswer(string? token, string? answer)
    {
        if (string.IsNullOrEmpty(token) || !outstanding.TryRemove(token, out var expires) || expires <= clock.GetUtcNow())
        {
            return false;
        }

        return int.TryParse(answer?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var given)
            && given == CaptchaQuestion.From(key, token).Answer;
    }

    private void Trim()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, expires) in outstanding)
        {
            if (expires <= now)
            {
                outstanding.TryRemove(token, out _);
            }
        }

        foreach (var (token, _) in outstanding.OrderBy(entry => entry.Value).Take(Math.Max(0, outstanding.Count - (MaxOutstanding * 9 / 10))))
        {
            outstanding.TryRemove(token, out _);
        }
    }
}
