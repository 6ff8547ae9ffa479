using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Deadlines;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the ticket domain: intake for every channel, SLA data from <c>Hotline:Tickets:Sla</c>, and the ticket tables' creation.</summary>
public static class TicketsSetup
{
    /// <summary>Adds the ticket services; call after the operational store so its tables exist before the ticket tables are added.</summary>
    public static IServiceCollection AddHotlineTickets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTickets();
        services.Configure<TicketSlaOptions>(configuration.GetSection("Hotline:Tickets:Sla"));
        services.AddHostedService<TicketStoreInitializer>();
        return services;
    }
}
