using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Portal.Live;

/// <summary>Registers the live view: the hub, the grain call filter that feeds it, the relay between silos, and the desk's and wallboard's lookups.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddPortalLive(this IServiceCollection services)
    {
        services.AddSingleton<LiveContactCentre>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveContactCentre>());
        // The silo takes incoming call filters from the container (what ISiloBuilder.AddIncomingGrainCallFilter does).
        services.AddSingleton<IIncomingGrainCallFilter, LiveGrainCallFilter>();
        // With several silos every hub hears every silo's changes through the relay grain (LiveRelayGrain says why this way).
        services.AddSingleton<LiveRelayOutbox>();
        services.AddSingleton<LiveRelayInbox>();
        services.AddSingleton<LiveRelayLink>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveRelayLink>());
        services.AddSingleton<AgentDirectory>();
        services.AddSingleton<AgentQueues>();
        services.AddSingleton<CallerHistory>();
        // Ticket alerts reach supervisors' screens instead of only the log (the ticket domain registers the logging sink first).
        services.AddSingleton<LiveTicketAlerts>();
        services.Replace(ServiceDescriptor.Singleton<ITicketAlertSink>(sp => sp.GetRequiredService<LiveTicketAlerts>()));
        return services;
    }
}
