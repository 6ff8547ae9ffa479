using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Rosters;
using Hotline.Portal.Api;
using Hotline.Portal.Configuration;
using Hotline.Portal.People;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the people side (training and exams, rosters, performance reviews, the employee archive): its tables on the operational store's connection, the host's analytics reads, settings from <c>Hotline:People</c>, and the REST API.</summary>
public static class PeopleSetup
{
    /// <summary>Adds the people services; call after the operational store and the analytics engine.</summary>
    public static IServiceCollection AddHotlinePeople(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.AddDbContextFactory<PeopleDbContext>(db => StoreSetup.UseStore(db, options));
        services.AddPeople();
        services.Configure<RosterOptions>(configuration.GetSection("Hotline:People:Roster"));
        services.AddSingleton<PeopleCalendar>();
        services.AddSingleton<PeopleAnalytics>();
        services.AddSingleton<PeopleReviewDrafter>();
        services.AddOptions<ReviewDraftingOptions>().Bind(configuration.GetSection(ReviewDraftingOptions.SectionName))
            .Validate(o => TimeOnly.TryParseExact(o.At, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
                $"{ReviewDraftingOptions.SectionName}:At must be a time of day as HH:mm")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Role), $"{ReviewDraftingOptions.SectionName}:Role must name a platform role")
            .ValidateOnStart();
        services.AddSingleton<IReviewStaff, IdentityReviewStaff>();
        services.AddHostedService<ReviewDraftScheduleStarter>();
        services.AddHostedService<PeopleStoreInitializer>();
        return services;
    }

    /// <summary>Maps <c>/api/v1/people</c>.</summary>
    public static WebApplication MapHotlinePeople(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPeople();
        return app;
    }
}
