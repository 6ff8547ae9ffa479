using System.Threading.RateLimiting;
using Hotline.Portal.Api;
using Hotline.Portal.Channels;
using Hotline.Portal.Channels.Email;
using Hotline.Portal.Channels.Handoffs;
using Hotline.Portal.Channels.Sms;
using Hotline.Portal.Channels.Sms.Notifications;
using Hotline.Portal.Channels.WeChat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the ticket channels: the public and partner REST API, 转办/交办, the SMS and WeChat webhooks, the e-mail mailbox.</summary>
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
        AddEmail(services, configuration);
        AddOutboundDeliveries(services, configuration);
        services.TryAddSingleton<TicketDeliveryLog>();

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

    // The mailbox watcher runs only when Hotline:Channels:Email:ImapHost is set; attachments go under <DataDir>/attachments/email.
    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.SectionName));
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<EmailOptions>>().Value);
        services.TryAddSingleton(_ => new EmailAttachmentStore(
            Path.Combine(Path.GetFullPath(configuration["Hotline:DataDir"] ?? "data"), "attachments", "email")));
        services.TryAddSingleton<EmailSubmissionReader>();
        services.TryAddSingleton<EmailReplySender>();
        services.TryAddSingleton<EmailMailboxProcessor>();
        services.AddHostedService<EmailIntakeService>();
    }

    // The result webhook and the citizens' texts keep their queues in the operational store, so they run only where the store was registered first
    // (the host does so; channel tests without a store get the endpoints without the webhook).
    private static void AddOutboundDeliveries(IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(s => s.ServiceType == typeof(IDbContextFactory<Grains.Store.OperationalDbContext>)))
        {
            return;
        }

        services.Configure<HandoffResultOptions>(configuration.GetSection(HandoffResultOptions.SectionName));
        services.AddHttpClient(HandoffResultSender.HttpClientName);
        services.TryAddSingleton<HandoffDeliveryStore>();
        services.TryAddSingleton<HandoffResultScanner>();
        services.TryAddSingleton<HandoffResultSender>();
        services.AddHostedService<HandoffScanService>();
        services.AddHostedService<HandoffSendService>();

        // Texts to citizens keep their queue in the same store, for the same reason.
        services.Configure<SmsNotificationOptions>(configuration.GetSection(SmsNotificationOptions.SectionName));
        services.TryAddSingleton<SmsNotificationStore>();
        services.TryAddSingleton<SmsNotificationScanner>();
        services.TryAddSingleton<SmsNotificationSender>();
        services.TryAddSingleton<SmsSurveyReplies>();
        services.AddHostedService<SmsNotificationScanService>();
        services.AddHostedService<SmsNotificationSendService>();
    }

    /// <summary>Adds the rate limiter and maps every channel endpoint.</summary>
    public static WebApplication UseTicketChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapPublicTickets();
        app.MapPartnerTickets();
        app.MapHandoffs();
        if (app.Services.GetService<HandoffDeliveryStore>() is not null)
        {
            app.MapHandoffDeliveries();
        }

        app.MapWeChat();
        app.MapSms();
        return app;
    }
}
