namespace Hotline.Portal.Live;

/// <summary>Registers the live view: the hub, the grain call filter that feeds it, and the desk's and wallboard's lookups.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddPortalLive(this IServiceCollection services)
    {
        services.AddSingleton<LiveContactCentre>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveContactCentre>());
        // The silo takes incoming call filters from the container (what ISiloBuilder.AddIncomingGrainCallFilter does).
        services.AddSingleton<IIncomingGrainCallFilter, LiveGrainCallFilter>();
        services.AddSingleton<AgentDirectory>();
        services.AddSingleton<AgentQueues>();
        services.AddSingleton<CallerHistory>();
        return services;
    }
}
