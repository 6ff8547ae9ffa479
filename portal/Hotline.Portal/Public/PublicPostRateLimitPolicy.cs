using System.Threading.RateLimiting;
using Hotline.Portal.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Public;

/// <summary>Limits form posts on the citizen site per client address and page (viewing stays free); a refused post gets 429 with a Chinese page.</summary>
public sealed class PublicPostRateLimitPolicy(IOptions<PublicSiteOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy name the pages name in <c>[EnableRateLimiting]</c>.</summary>
    public const string Name = "public-site-post";

    /// <inheritdoc />
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PublicText>>();
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "text/html; charset=utf-8";
        var message = System.Net.WebUtility.HtmlEncode(text["TooManyPosts"].Value);
        await response.WriteAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{message}</title></head><body><p>{message}</p></body></html>", cancellationToken);
    };

    /// <inheritdoc />
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("view");
        }

        var settings = options.Value;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{client} {httpContext.Request.Path}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PostsPerWindow,
            Window = TimeSpan.FromSeconds(settings.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
