using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Deadlines;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Tickets;

/// <summary>Registers the ticket domain's host services.</summary>
public static class TicketServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ITicketIntake"/> and the SLA data (bind <see cref="TicketSlaOptions"/> to override it).</summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddOptions<TicketSlaOptions>();
        services.AddSingleton<ITicketIntake, TicketIntake>();
        return services;
    }
}
