using System.Reflection;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>A grain factory (a dispatch proxy) that hands out the page tests' in-memory articles by id; any other call is a test mistake.</summary>
public class KnowledgePageGrainFactory : DispatchProxy
{
    private IReadOnlyDictionary<string, IKnowledgeArticleGrain> articles = new Dictionary<string, IKnowledgeArticleGrain>();

    /// <summary>A factory serving <paramref name="grains"/> by their ids.</summary>
    /// <remarks>The dictionary is read at each call, so articles a test adds before rendering are served too.</remarks>
    internal static IGrainFactory Over(IReadOnlyDictionary<string, IKnowledgeArticleGrain> grains)
    {
        var factory = Create<IGrainFactory, KnowledgePageGrainFactory>();
        ((KnowledgePageGrainFactory)(object)factory).articles = grains;
        return factory;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod is { Name: nameof(IGrainFactory.GetGrain), IsGenericMethod: true } && args is [string id, ..]
            && targetMethod.GetGenericArguments()[0] == typeof(IKnowledgeArticleGrain))
            return articles.TryGetValue(id, out var grain) ? grain : throw new KeyNotFoundException($"The page test has no article '{id}'.");
        throw new NotSupportedException($"The knowledge page tests hand out article grains only; {targetMethod?.Name} was called.");
    }
}
