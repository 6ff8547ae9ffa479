using System.Threading.RateLimiting;
using Hotline.Portal.Api;
using Hotline.Portal.Channels;
using Hotline.Portal.Channels.Sms;
using Hotline.Portal.Channels.WeChat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the ticket channels: the public and partner REST API, 转办/交办, the SMS and WeChat webhooks.</summary>
public static class ChannelsSetup
{
    /// <summary>Adds the channels' services; the <c>ITicketIntake</c> they hand tickets to is registered by the ticket domain.</summary>
    public static IServiceCollection AddTicketChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<PartnerOptions>(partners => configuration.GetSection(PartnerOptions.SectionName).Bind(partners.Accounts));
        services.Configure<WeChatOptions>(configuration.GetSection(WeChatOptions.SectionName));
        services.Configure<SmsOptions>(configuration.GetSection(SmsOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISmsGateway, LogSmsGateway>();
        services.AddSingleton<CitizenTextResponder>();

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, PartnerTokenHandler>(PartnerTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PartnerRoles.TicketPartnerPolicy, policy => policy
                .AddAuthenticationSchemes(PartnerTokenHandler.SchemeName).RequireRole(PartnerRoles.TicketPartners))
            .AddPolicy(PartnerRoles.HandoffPolicy, policy => policy
                .AddAuthenticationSchemes(PartnerTokenHandler.SchemeName).RequireRole(PartnerRoles.HandoffPartner));

        var permits = configuration.GetValue("Hotline:Channels:Public:SubmitsPerMinute", 10);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: one citizen flooding the form must not lock out everyone else.
            limiter.AddPolicy(PublicTicketEndpoints.SubmitRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        // Idempotent: the host adds the document too; the channels need it whether or not it did.
        services.AddOpenApi();
        services.Configure<OpenApiOptions>("v1", openApi =>
        {
            var security = new PartnerSecurityTransformer();
            openApi.AddDocumentTransformer(security);
            openApi.AddOperationTransformer(security);
        });
        return services;
    }

    /// <summary>Adds the rate limiter and maps every channel endpoint.</summary>
    public static WebApplication UseTicketChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapPublicTickets();
        app.MapPartnerTickets();
        app.MapHandoffs();
        app.MapWeChat();
        app.MapSms();
        return app;
    }
}
