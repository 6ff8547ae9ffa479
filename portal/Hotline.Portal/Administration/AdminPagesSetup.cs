namespace Hotline.Portal.Administration;

/// <summary>Registers the services behind the administration pages (IVR flows, service numbers, health, queues, agent skills, business hours).</summary>
public static class AdminPagesSetup
{
    /// <summary>Adds the administration pages' services.</summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services)
    {
        services.AddSingleton<IvrFlowAdministration>();
        services.AddSingleton<ServiceNumberDirectory>();
        services.AddSingleton<ISystemHealth, PlatformHealth>();
        services.AddSingleton<IQueueAdministration, GrainQueueAdministration>();
        services.AddSingleton<IAgentSkillAdministration, GrainAgentSkillAdministration>();
        return services;
    }
}
