using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Duplicates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Grains.Tickets.Search;

/// <summary>Registers ticket search and duplicate detection.</summary>
public static class TicketSearchServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ITicketSearch"/>, <see cref="ITicketDuplicateFinder"/>, the <see cref="TicketSearchIndex"/> and their options
    /// (set <see cref="TicketSearchOptions.IndexFolder"/> to <c>&lt;DataDir&gt;/search/tickets</c>; bind <see cref="TicketDuplicateOptions"/> to change windows and thresholds).
    /// Needs the operational store's <c>IDbContextFactory&lt;OperationalDbContext&gt;</c> and a <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddHotlineTicketSearch(this IServiceCollection services)
    {
        services.AddOptions<TicketSearchOptions>();
        services.AddOptions<TicketDuplicateOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TicketSearchIndex>();
        services.AddSingleton<ITicketSearch, TicketSearch>();
        services.AddSingleton<ITicketDuplicateFinder, TicketDuplicateFinder>();
        return services;
    }

    /// <summary>Keeps the index current in the background: rebuilt at start when missing or outdated, then polled for changes (hosts only; tests catch up themselves).</summary>
    public static IServiceCollection AddTicketIndexSync(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TicketIndexSync>());
        return services;
    }
}
