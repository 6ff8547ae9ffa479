using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;
using Hotline.Grains.Rosters;
using Hotline.Grains.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.People;

/// <summary>Registers the people side's host services: training catalog, roster book, review catalog and employee archive.</summary>
public static class PeopleServiceCollectionExtensions
{
    /// <summary>Adds the services and <see cref="RosterOptions"/>; the host adds the <c>PeopleDbContext</c> factory on the operational store's connection.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddOptions<RosterOptions>();
        services.AddSingleton<ITrainingCatalog, TrainingCatalog>();
        services.AddSingleton<IRosterBook, RosterBook>();
        services.AddSingleton<IReviewCatalog, ReviewCatalog>();
        services.AddSingleton<IEmployeeArchive, EmployeeArchive>();
        return services;
    }
}
