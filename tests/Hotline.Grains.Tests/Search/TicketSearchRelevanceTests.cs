using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tests.Tickets;

namespace Hotline.Grains.Tests.Search;

/// <summary>Ticket search through ITicketSearch on tickets taken in by ITicketIntake: the corpus's expected top hits, subject boost, highlights.</summary>
[Trait("Category", "Integration")]
public sealed class TicketSearchRelevanceTests(TicketCorpusFixture corpus) : IClassFixture<TicketCorpusFixture>
{
    [Fact]
    public async Task Every_corpus_query_returns_its_expected_tickets_first_and_nothing_else()
    {
        foreach (var probe in HotlineCorpus.Probes)
        {
            var page = await corpus.Host.Search.SearchAsync(new TicketSearchQuery { Text = probe.Text }, TestContext.Current.CancellationToken);

            Assert.Equal(probe.Relevant.Select(k => corpus.Numbers[k]).Order(StringComparer.Ordinal), page.Items.Select(h => h.Ticket.Number).Order(StringComparer.Ordinal));
            Assert.Equal(probe.Relevant.Count, page.Total);
        }
    }

    [Fact]
    public async Task A_plate_typed_in_lower_case_with_a_separator_finds_the_same_ticket()
    {
        var page = await corpus.Host.Search.SearchAsync(new TicketSearchQuery { Text = "粤b·12345" }, TestContext.Current.CancellationToken);

        Assert.Equal(corpus.Numbers["plate-detour"], Assert.Single(page.Items).Ticket.Number);
    }

    [Fact]
    public async Task A_word_in_the_subject_ranks_above_the_same_word_in_a_description()
    {
        // refusal-airport names 机场 in its subject (boosted) and its description; booked-ride only in its description.
        var page = await corpus.Host.Search.SearchAsync(new TicketSearchQuery { Text = "机场" }, TestContext.Current.CancellationToken);

        Assert.Equal(corpus.Numbers["refusal-airport"], page.Items[0].Ticket.Number);
        Assert.Contains(corpus.Numbers["booked-ride"], page.Items.Select(h => h.Ticket.Number));
        Assert.True(page.Items[0].Score > page.Items.Single(h => h.Ticket.Number == corpus.Numbers["booked-ride"]).Score);
    }

    [Fact]
    public async Task Highlights_mark_the_matched_words_in_the_description()
    {
        var page = await corpus.Host.Search.SearchAsync(new TicketSearchQuery { Text = "网约车 加价" }, TestContext.Current.CancellationToken);

        var hit = Assert.Single(page.Items);
        Assert.Equal(corpus.Numbers["ride-hail-cancel"], hit.Ticket.Number);
        var fragment = Assert.Single(hit.Highlights);
        Assert.Contains("<em>网约车</em>", fragment, StringComparison.Ordinal);
        Assert.Contains("<em>加价</em>", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_of_only_stop_words_finds_nothing_and_bad_paging_names_the_field()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, (await corpus.Host.Search.SearchAsync(new TicketSearchQuery { Text = "的了，。" }, ct)).Total);

        var page = await Assert.ThrowsAsync<TicketValidationException>(() => corpus.Host.Search.SearchAsync(new TicketSearchQuery { Page = 0 }, ct));
        var size = await Assert.ThrowsAsync<TicketValidationException>(() => corpus.Host.Search.SearchAsync(new TicketSearchQuery { PageSize = 500 }, ct));
        var range = await Assert.ThrowsAsync<TicketValidationException>(() => corpus.Host.Search.SearchAsync(
            new TicketSearchQuery { CreatedFrom = TicketClusterFixture.Start, CreatedTo = TicketClusterFixture.Start }, ct));

        Assert.Equal(("page", "pageSize", "createdTo"), (page.Field, size.Field, range.Field));
    }
}
