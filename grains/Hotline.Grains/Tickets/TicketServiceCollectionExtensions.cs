using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Grains.Tickets;

/// <summary>Registers the ticket domain's host services.</summary>
public static class TicketServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ITicketIntake"/>, <see cref="ITicketQueries"/>, the sweep passes, a logging <see cref="ITicketAlertSink"/>
    /// (unless one is registered already) and the options (bind <see cref="TicketSlaOptions"/>, <see cref="TicketSweepOptions"/>,
    /// <see cref="TicketMajorRuleOptions"/> and <see cref="TicketWorkflowOptions"/> to override them).</summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddOptions<TicketSlaOptions>();
        services.AddOptions<TicketSweepOptions>();
        services.AddOptions<TicketMajorRuleOptions>();
        services.AddOptions<TicketWorkflowOptions>();
        services.AddSingleton<TicketCategoryCache>();
        services.AddSingleton<TicketDeadlines>();
        services.TryAddSingleton<GroupCommit>();
        services.AddSingleton<ITicketIntake, TicketIntake>();
        services.AddSingleton<ITicketQueries, TicketQueries>();
        services.TryAddSingleton<ITicketAlertSink, LoggingTicketAlertSink>();
        services.AddSingleton<TicketDueCaller>();
        services.AddSingleton<TicketMajorRules>();
        services.AddSingleton<TicketDeadlineSweep>();
        services.AddSingleton<TicketMajorSweep>();
        return services;
    }

    /// <summary>Arms the deadline sweeper's durable reminder when the silo starts (hosts only; tests drive sweeps themselves).</summary>
    public static IServiceCollection AddTicketSweeper(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, TicketSweepStarter>());
        return services;
    }
}
