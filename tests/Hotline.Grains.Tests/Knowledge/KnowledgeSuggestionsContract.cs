using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Hotline.Grains.Tests.Knowledge.KnowledgeActors;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>动态更新: frequent topics of recent enquiry and complaint tickets become suggestions unless a published article already answers them.</summary>
[Trait("Category", "Integration")]
public abstract class KnowledgeSuggestionsContract(KnowledgeClusterFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Frequent_recent_topics_without_a_published_article_are_suggested()
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", new KnowledgeContent { Title = "出租车拒载如何投诉", Code = "02.01", Body = "可拨打12328投诉。" }, Token);
        var article = fixture.Article(draft.Id);
        await article.SubmitAsync(Trainer, null, null);
        await article.ApproveAsync(Manager, null);
        await article.PublishAsync(Manager);
        // A draft does not answer agents: 充电 stays a suggestion.
        await fixture.Catalog.CreateAsync(Trainer, "faq", new KnowledgeContent { Title = "充电桩收费", Code = "02.01", Body = "草稿。" }, Token);

        var now = fixture.Clock.GetUtcNow();
        var tickets = new StubTicketSearch(
        [
            Ticket("E1", TicketType.Enquiry, now.AddDays(-1), "咨询充电桩收费标准"),
            Ticket("E2", TicketType.Enquiry, now.AddDays(-2), "充电桩在哪里"),
            Ticket("C1", TicketType.Complaint, now.AddDays(-3), "充电桩坏了没人修"),
            Ticket("C2", TicketType.Complaint, now.AddDays(-3), "出租车拒载"),
            Ticket("C3", TicketType.Complaint, now.AddDays(-4), "网约车拒载"),
            Ticket("C4", TicketType.Complaint, now.AddDays(-5), "拒载还骂人"),
            Ticket("E3", TicketType.Enquiry, now.AddDays(-6), "公交卡办理"),
            Ticket("E4", TicketType.Enquiry, now.AddDays(-7), "公交卡退卡"),
            // Older than the window: 失物 has enough tickets but not recently.
            Ticket("O1", TicketType.Enquiry, now.AddDays(-40), "失物招领"),
            Ticket("O2", TicketType.Enquiry, now.AddDays(-41), "失物查询"),
            Ticket("O3", TicketType.Enquiry, now.AddDays(-42), "失物认领"),
        ]);
        var options = Options.Create(new KnowledgeOptions { SuggestionDays = 30, SuggestionMinTickets = 3 });
        var suggestions = new KnowledgeSuggestions(tickets, fixture.SiloServices.GetRequiredService<KnowledgeSearch>(), fixture.Clock, options);

        var found = await suggestions.FindAsync(10, Token);

        var charging = Assert.Single(found);
        // jieba cuts 充电桩 into 充电/桩; the topic is the two-character word.
        Assert.Equal(("充电", 3), (charging.Word, charging.Tickets));
        Assert.Equal(["E1", "E2", "C1"], charging.SampleTickets);
        Assert.All(tickets.Queries, q => Assert.Equal([TicketType.Enquiry, TicketType.Complaint], q.Types));
        Assert.All(tickets.Queries, q => Assert.Equal(now.AddDays(-30), q.CreatedFrom));
    }

    private static TicketSummary Ticket(string number, TicketType type, DateTimeOffset created, string excerpt) => new()
    {
        Number = number, Type = type, Channel = TicketChannel.Phone, State = TicketState.Intake,
        Deadline = created.AddDays(5), CreatedAt = created, UpdatedAt = created, Excerpt = excerpt,
    };

    /// <summary>Ticket search over a fixed list: type and creation filters, newest first, paged as the real one.</summary>
    private sealed class StubTicketSearch(IReadOnlyList<TicketSummary> tickets) : ITicketSearch
    {
        public List<TicketSearchQuery> Queries { get; } = [];

        public Task<TicketSearchPage> SearchAsync(TicketSearchQuery query, CancellationToken cancellationToken)
        {
            Queries.Add(query);
            var matching = tickets.Where(t => query.Types.Count == 0 || query.Types.Contains(t.Type))
                .Where(t => query.CreatedFrom is not { } from || t.CreatedAt >= from)
                .OrderByDescending(t => t.CreatedAt).ToArray();
            var page = matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(t => new TicketSearchHit(t, 0, [])).ToArray();
            return Task.FromResult(new TicketSearchPage(page, query.Page, query.PageSize, matching.Length));
        }
    }
}
