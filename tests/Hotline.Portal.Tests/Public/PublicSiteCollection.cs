namespace Hotline.Portal.Tests.Public;

/// <summary>The citizen-site test classes share one platform process.</summary>
[CollectionDefinition(Name)]
public sealed class PublicSiteCollection : ICollectionFixture<PublicSiteFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "public-site";
}
