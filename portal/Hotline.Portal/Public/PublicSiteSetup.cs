using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Portal.Public.Captcha;
using Hotline.Portal.Public.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Portal.Public;

/// <summary>Registers the citizen site: captcha, form-post rate limit, receipts, the web submission path, and 政务公开 notices on the operational store.</summary>
public static class PublicSiteSetup
{
    /// <summary>Adds the site's services; call after the operational store so its database exists before the notices table is added.</summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CaptchaStore>();
        services.AddSingleton<PublicReceipts>();
        services.AddScoped<PublicTicketSubmitter>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, PublicPostRateLimitPolicy>(PublicPostRateLimitPolicy.Name));
        services.AddDbContextFactory<NoticeDbContext>(db => StoreSetup.UseStore(db, options));
        services.AddSingleton<NoticeStore>();
        services.AddHostedService<NoticeStoreInitializer>();
        services.AddNoticePolicy();
        return services;
    }

    /// <summary>Maps the captcha images and the notices API (the pages are mapped with the other Razor components).</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCaptcha();
        app.MapNotices();
        return app;
    }
}
