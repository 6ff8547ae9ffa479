using System.Globalization;
using System.Net;
using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Tickets;

/// <summary>The REST path's cost: the same searches and ticket-list pages (50 rows over the whole store) through <c>/api/v1/tickets</c> over HTTP
/// and through <see cref="ITicketSearch"/> / <see cref="ITicketQueries"/> in process, alternating call by call so both see the same machine load.</summary>
internal sealed class TicketRestBenchmark(BenchReport report, TicketsSilo silo)
{
    private const int Rounds = 20;

    public async Task RunAsync(IReadOnlyList<string> plates, int rows)
    {
        await using var rest = await TicketRestHost.StartAsync(silo);
        using var http = new HttpClient { BaseAddress = rest.BaseAddress };
        var searches = new List<(string Path, TicketSearchQuery Query)>
        {
            ("q=" + Uri.EscapeDataString("拒载"), new TicketSearchQuery { Text = "拒载" }),
            ("q=" + Uri.EscapeDataString("网约车 加价"), new TicketSearchQuery { Text = "网约车 加价" }),
            ("q=" + Uri.EscapeDataString("出租车 绕路") + "&category=urban.taxi", new TicketSearchQuery { Text = "出租车 绕路", CategoryCode = "urban.taxi" }),
            ("q=" + Uri.EscapeDataString("不打表 议价") + "&channel=Phone&channel=Web",
                new TicketSearchQuery { Text = "不打表 议价", Channels = [TicketChannel.Phone, TicketChannel.Web] }),
        };
        searches.AddRange(plates.Take(3).Select(p => ("q=" + Uri.EscapeDataString(p), new TicketSearchQuery { Text = p })));
        var (restSearch, directSearch) = await CompareAsync(http, searches.Select(s => ("/api/v1/tickets/search?" + s.Path,
            (Func<Task>)(() => silo.Search.SearchAsync(s.Query, CancellationToken.None)))).ToList());
        report.AddVersus("rest_search_p50", restSearch.Percentile(0.50), "ms", "in_process_search", directSearch.Percentile(0.50));
        report.AddVersus("rest_search_p95", restSearch.Percentile(0.95), "ms", "in_process_search", directSearch.Percentile(0.95));

        var queries = silo.Services.GetRequiredService<ITicketQueries>();
        var lists = new List<(string Path, TicketListFilter Filter, int Page)>
        {
            ("", new TicketListFilter(), 1),
            ("page=40&", new TicketListFilter(), 40),
            ("category=urban.taxi&", new TicketListFilter { CategoryCode = "urban.taxi" }, 1),
            ("state=Intake&type=complaint&", new TicketListFilter { States = [TicketState.Intake], Type = TicketType.Complaint }, 1),
        };
        var (restList, directList) = await CompareAsync(http, lists.Select(l => ($"/api/v1/tickets?{l.Path}pageSize=50",
            (Func<Task>)(() => queries.ListAsync(l.Filter, l.Page, 50, CancellationToken.None)))).ToList());
        report.AddVersus("rest_list50_p50", restList.Percentile(0.50), "ms", "in_process_list", directList.Percentile(0.50));
        report.AddVersus("rest_list50_p95", restList.Percentile(0.95), "ms", "in_process_list", directList.Percentile(0.95));
        await CategoryListsAsync(queries);
        report.Progress(string.Create(CultureInfo.InvariantCulture,
            $"REST over {rows} tickets: search p50 {restSearch.Percentile(0.5)} / p95 {restSearch.Percentile(0.95)} ms (in process {directSearch.Percentile(0.5)} / {directSearch.Percentile(0.95)}); "
            + $"list of 50 p50 {restList.Percentile(0.5)} / p95 {restList.Percentile(0.95)} ms (in process {directList.Percentile(0.5)} / {directList.Percentile(0.95)})"));
    }

    /// <summary>A rare category's list (the corpus puts one ticket in 2,000 under it) against a common one's in the same run: SQLite cannot tell
    /// them apart by statistics, so a plan that serves one well can scan the table for the other (TicketCategoryListPlan).</summary>
    private async Task CategoryListsAsync(ITicketQueries queries)
    {
        var rare = new TicketLatencies();
        var common = new TicketLatencies();
        var (rareFilter, commonFilter) = (new TicketListFilter { CategoryCode = TicketCorpusGenerator.RareCategory }, new TicketListFilter { CategoryCode = "urban.taxi" });
        await queries.ListAsync(rareFilter, 1, 50, CancellationToken.None);
        await queries.ListAsync(commonFilter, 1, 50, CancellationToken.None);
        for (var round = 0; round < Rounds; round++)
        {
            await rare.MeasureAsync(() => queries.ListAsync(rareFilter, 1, 50, CancellationToken.None));
            await common.MeasureAsync(() => queries.ListAsync(commonFilter, 1, 50, CancellationToken.None));
        }
        report.AddVersus("rare_category_list50_p95", rare.Percentile(0.95), "ms", "common_category_list50", common.Percentile(0.95));
    }

    private static async Task<(TicketLatencies OverHttp, TicketLatencies InProcess)> CompareAsync(HttpClient http, List<(string Path, Func<Task> Direct)> calls)
    {
        foreach (var (path, direct) in calls)
        {
            await GetOrFailAsync(http, path); // warm-up: routes, JIT, caches
            await direct();
        }

        var rest = new TicketLatencies();
        var inProcess = new TicketLatencies();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (path, direct) in calls)
            {
                await rest.MeasureAsync(() => GetOrFailAsync(http, path));
                await inProcess.MeasureAsync(direct);
            }
        }

        return (rest, inProcess);
    }

    private static async Task GetOrFailAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }
}
