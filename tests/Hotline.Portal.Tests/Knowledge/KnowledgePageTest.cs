using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Images;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The set-up the knowledge article page tests share: one in-memory article "a-1" in the FAQ library, a fixed clock and a signed-in user.</summary>
public abstract class KnowledgePageTest : PortalComponentTest
{
    /// <summary>The page's "now": 2026-11-28 10:00 in Beijing.</summary>
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    internal static readonly KnowledgeContent FirstContent = new()
    {
        Title = "出租车拒载处理办法", Code = "02.01", Tags = ["出租车", "拒载"],
        Body = "乘客投诉拒载时：\n\n先核实车牌\n\n再联系公司",
        Tables = [new KnowledgeTable("罚款标准", [new KnowledgeColumn("情形"), new KnowledgeColumn("金额")], [["首次", "200元"]])],
    };

    protected KnowledgePageTest()
    {
        Article = new KnowledgePageGrain("a-1", KnowledgePageCatalog.Faq.Id, FirstContent, Now);
        Articles["a-1"] = Article;
        Services.AddSingleton(KnowledgePageGrainFactory.Over(Articles));
        Services.AddSingleton<IKnowledgeCatalog>(Catalog);
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { ImagesFolder = ImagesFolder }));
        Services.AddSingleton<KnowledgeImageStore>();
        Services.AddSingleton<AuthenticationStateProvider>(User);
        Services.AddCascadingAuthenticationState();
    }

    internal KnowledgePageGrain Article { get; }

    /// <summary>The articles the grain factory serves by id; a test may add one before the first render.</summary>
    internal Dictionary<string, IKnowledgeArticleGrain> Articles { get; } = [];

    internal KnowledgePageCatalog Catalog { get; } = new();

    internal TicketPageUser User { get; } = new();

    /// <summary>Where uploaded images go (a folder of this test's own).</summary>
    internal string ImagesFolder { get; } = Directory.CreateTempSubdirectory("hotline-knowledge-images-").FullName;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(ImagesFolder))
            Directory.Delete(ImagesFolder, recursive: true);
    }
}
