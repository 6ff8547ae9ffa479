using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Deadlines;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the ticket domain: intake for every channel, lists, SLA/sweep/major-rule/workflow settings from <c>Hotline:Tickets:*</c>, the deadline sweeper, and the ticket tables' creation and seeding.</summary>
public static class TicketsSetup
{
    /// <summary>Adds the ticket services; call after the operational store so its tables exist before the ticket tables are added.</summary>
    public static IServiceCollection AddHotlineTickets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTickets();
        services.Configure<TicketSlaOptions>(configuration.GetSection("Hotline:Tickets:Sla"));
        services.Configure<TicketSweepOptions>(configuration.GetSection("Hotline:Tickets:Sweep"));
        services.Configure<TicketMajorRuleOptions>(configuration.GetSection("Hotline:Tickets:Major"));
        services.Configure<TicketWorkflowOptions>(configuration.GetSection("Hotline:Tickets:Workflow"));
        // One durable reminder drives urging, escalation and major-complaint marking for every ticket.
        services.AddTicketSweeper();
        services.AddHostedService<TicketStoreInitializer>();
        return services;
    }
}
