using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Files;
using Hotline.Grains.Knowledge.Images;
using Hotline.Grains.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Knowledge;

/// <summary>Registers the knowledge base's host services.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IKnowledgeCatalog"/>, the image store, the import/export formats, <see cref="KnowledgeSearch"/> and <see cref="KnowledgeOptions"/>; the host adds the <c>KnowledgeDbContext</c> factory on the operational store's connection.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>();
        services.AddSingleton<IKnowledgeFileCodec, KnowledgeDocxCodec>();
        services.AddSingleton<IKnowledgeFileCodec, KnowledgeXlsxCodec>();
        services.AddSingleton<IKnowledgeFileCodec, KnowledgeMarkdownCodec>();
        services.AddSingleton<IKnowledgeFileCodec, KnowledgeJsonCodec>();
        services.AddSingleton<IKnowledgeCatalog, KnowledgeCatalog>();
        services.AddSingleton<KnowledgeImageStore>();
        services.AddSingleton<KnowledgeSearch>();
        return services;
    }
}
