using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Deadlines;
using Hotline.Grains.Tickets.Duplicates;
using Hotline.Grains.Tickets.Search;
using Hotline.Portal.Api;
using Hotline.Portal.Configuration;
using Hotline.Portal.Health;
using Microsoft.AspNetCore.OpenApi;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the ticket domain: intake for every channel, lists, search and 查重, SLA/sweep/major-rule/workflow settings from <c>Hotline:Tickets:*</c>,
/// the deadline sweeper, the ticket tables' creation and seeding, and the staff REST API.</summary>
public static class TicketsSetup
{
    /// <summary>Adds the ticket services; call after the operational store so its tables exist before the ticket tables are added.</summary>
    public static IServiceCollection AddHotlineTickets(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.AddTickets();
        services.Configure<TicketSlaOptions>(configuration.GetSection("Hotline:Tickets:Sla"));
        services.Configure<TicketSweepOptions>(configuration.GetSection("Hotline:Tickets:Sweep"));
        services.Configure<TicketMajorRuleOptions>(configuration.GetSection("Hotline:Tickets:Major"));
        services.Configure<TicketWorkflowOptions>(configuration.GetSection("Hotline:Tickets:Workflow"));
        // One durable reminder drives urging, escalation and major-complaint marking for every ticket.
        services.AddTicketSweeper();
        services.AddHostedService<TicketStoreInitializer>();
        AddSearch(services, configuration, options);
        services.Configure<OpenApiOptions>("v1", openApi => openApi.AddSchemaTransformer<TicketEnumSchemaTransformer>());
        return services;
    }

    /// <summary>Maps <c>/api/v1/tickets</c>.</summary>
    public static WebApplication MapHotlineTickets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapTickets();
        return app;
    }

    private static void AddSearch(IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        services.AddHotlineTicketSearch();
        services.Configure<TicketSearchOptions>(search =>
        {
            search.IndexFolder = Path.Combine(options.DataDir, "search", "tickets");
            configuration.GetSection("Hotline:Tickets:Search").Bind(search);
        });
        services.Configure<TicketDuplicateOptions>(configuration.GetSection("Hotline:Tickets:Duplicates"));
        // Registered after the store initializer: hosted services start in order, so the index is rebuilt once the ticket tables exist.
        services.AddTicketIndexSync();
        services.AddHealthChecks().AddCheck<TicketSearchHealthCheck>("ticket-search");
    }
}
