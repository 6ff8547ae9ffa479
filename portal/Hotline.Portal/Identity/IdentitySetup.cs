using System.Globalization;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Identity;

/// <summary>Registers sign-in: ASP.NET Core Identity on the operational store, the portal cookie, the role policies, the audit log and the UI cultures.</summary>
public static class IdentitySetup
{
    /// <summary>The UI cultures: Simplified Chinese first (the default), English second.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["zh-CN", "en-US"];

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "hotline.auth";

    /// <summary>Adds the identity services; call after the operational store so its database exists before the identity tables are added.</summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddDbContextFactory<PortalIdentityDbContext>(db => StoreSetup.UseStore(db, options));
        services.AddIdentity<PortalUser, IdentityRole>(identity =>
            {
                // Demo passwords are demo-<name> (README); real deployments add length through configuration.
                identity.Password.RequiredLength = 6;
                identity.Password.RequireDigit = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                identity.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PortalIdentityDbContext>()
            .AddDefaultTokenProviders();
        services.AddSingleton<HandlingUnitDirectory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.LoginPath = AccountPaths.Login;
            cookie.LogoutPath = AccountPaths.Logout;
            cookie.AccessDeniedPath = AccountPaths.Denied;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = ApiAwareRedirect.ToLogin;
            cookie.Events.OnRedirectToAccessDenied = ApiAwareRedirect.ToAccessDenied;
        });
        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<IdentityStoreInitializer>();
        services.Configure<OpenApiOptions>("v1", openApi =>
        {
            var security = new CookieSecurityTransformer();
            openApi.AddDocumentTransformer(security);
            openApi.AddOperationTransformer(security);
        });
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            localization.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            localization.SupportedCultures = cultures;
            localization.SupportedUICultures = cultures;
            // The user's choice (cookie) wins; the browser's language is not asked, so the portal is Chinese unless switched.
            localization.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>Adds culture, authentication, authorization and antiforgery to the pipeline and maps the account endpoints and recordings.</summary>
    public static WebApplication UsePortalIdentity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAccountEndpoints();
        app.MapRecordings();
        return app;
    }
}
