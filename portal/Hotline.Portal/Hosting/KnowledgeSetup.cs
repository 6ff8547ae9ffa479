using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Knowledge.Store;
using Hotline.Portal.Api;
using Hotline.Portal.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the knowledge base: its tables on the operational store's connection, the catalog and file formats, the search index in
/// <c>&lt;DataDir&gt;/search/knowledge</c>, topic suggestions, settings from <c>Hotline:Knowledge</c>, and the REST API.</summary>
public static class KnowledgeSetup
{
    /// <summary>Adds the knowledge services; call after the operational store so its database exists before the knowledge tables are added.</summary>
    public static IServiceCollection AddHotlineKnowledge(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.AddDbContextFactory<KnowledgeDbContext>(db => StoreSetup.UseStore(db, options));
        services.AddKnowledge();
        services.Configure<KnowledgeOptions>(knowledge =>
        {
            knowledge.ImagesFolder = Path.Combine(options.DataDir, "knowledge", "images");
            knowledge.SearchFolder = Path.Combine(options.DataDir, "search", "knowledge");
            configuration.GetSection("Hotline:Knowledge").Bind(knowledge);
        });
        services.AddHostedService<KnowledgeStoreInitializer>();
        services.AddHostedService<KnowledgeIndexStarter>();
        services.AddSingleton<KnowledgeSuggestions>();
        return services;
    }

    /// <summary>Maps <c>/api/v1/knowledge</c>.</summary>
    public static WebApplication MapHotlineKnowledge(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapKnowledge();
        app.MapKnowledgeSearch();
        return app;
    }
}
