namespace Hotline.Portal.Administration;

/// <summary>Registers the services behind the ticket category, workflow and notice administration pages.</summary>
public static class TicketCatalogPagesSetup
{
    /// <summary>Adds the category, workflow and notice administration services.</summary>
    public static IServiceCollection AddTicketCatalogPages(this IServiceCollection services)
    {
        services.AddSingleton<ITicketCategoryAdministration, StoreTicketCategoryAdministration>();
        services.AddSingleton<ITicketWorkflowAdministration, StoreTicketWorkflowAdministration>();
        services.AddSingleton<INoticeAdministration, StoreNoticeAdministration>();
        return services;
    }
}
