using System.Diagnostics;
using Hotline.Benchmarks.Tickets;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.Benchmarks.Knowledge;

/// <summary>
/// The <c>knowledge</c> benchmark (issue 11): indexes a generated corpus (5,000 articles by default) into an on-disk knowledge index (articles/s),
/// then measures the desk search (jieba query, AND across words, title boost, library rights, highlights) against a plain Lucene TermQuery
/// for the first word on the same index; the target is a desk answer under 100 ms. Then the KPI part (<see cref="KpiBenchmark"/>).
/// </summary>
internal sealed class KnowledgeBenchmark(BenchReport report)
{
    /// <summary>Articles in the index; HOTLINE_BENCH_KNOWLEDGE_ARTICLES overrides the default 5,000.</summary>
    private static readonly int Articles = Setting("HOTLINE_BENCH_KNOWLEDGE_ARTICLES", 5_000, 100, 200_000);

    private const int Rounds = 100;

    private static readonly string[] Queries = ["拒载", "网约车 绕路", "出租车 发票", "运价", "地铁 首末班时间", "计价器", "顺风车 投诉处理", "充电"];

    public async Task RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hotline-bench-knowledge-" + Guid.NewGuid().ToString("N")[..8]);
        report.Progress($"{Environment.ProcessorCount} cores; {Articles} articles into {folder}");
        try
        {
            using var index = new KnowledgeSearchIndex(LuceneIndex.Open(folder, new ChineseAnalyzer(ChineseSegmentationMode.Index)));
            var generator = new KnowledgeCorpusGenerator(seed: 12328);
            var indexing = Stopwatch.StartNew();
            for (var i = 0; i < Articles; i++)
            {
                var (id, library, content) = generator.Next(i);
                index.Upsert(id, library, KnowledgeState.Published, content, content);
            }
            index.Lucene.Commit(new Dictionary<string, string>(StringComparer.Ordinal) { ["schema"] = KnowledgeSearch.SchemaVersion });
            indexing.Stop();
            report.Add("index_rate", Math.Round(Articles / indexing.Elapsed.TotalSeconds, 1), "articles/s");

            var queries = Queries.Concat(generator.Plates.Take(4)).ToArray();
            // An agent: published versions of every library.
            var agent = KnowledgeSearchFilter.PublishedIn(KnowledgeCorpusGenerator.Libraries);
            using var analyzer = new ChineseAnalyzer(ChineseSegmentationMode.Query);
            var firstWords = queries.ToDictionary(q => q, q => AnalyzedTerms.Of(analyzer, "text", q)[0], StringComparer.Ordinal);
            Warm(index, queries, agent, firstWords);

            var desk = new TicketLatencies();
            var plain = new TicketLatencies();
            var hits = 0;
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var query in queries)
                {
                    await desk.MeasureAsync(() =>
                    {
                        hits += index.Search(query, agent, 10).Count;
                        return Task.CompletedTask;
                    });
                    await plain.MeasureAsync(() =>
                    {
                        hits += PlainTermQuery(index, firstWords[query]);
                        return Task.CompletedTask;
                    });
                }
            }
            report.Detail("queries", queries);
            report.Detail("hits_total", hits);
            report.AddVersus("search_p50", desk.Percentile(0.50), "ms", "lucene_termquery", plain.Percentile(0.50));
            report.AddVersus("search_p95", desk.Percentile(0.95), "ms", "lucene_termquery", plain.Percentile(0.95));
            report.Add("search_p99", desk.Percentile(0.99), "ms");
            report.Add("articles", Articles, "count");
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }

        await new KpiBenchmark(report).RunAsync();
    }

    private static void Warm(KnowledgeSearchIndex index, string[] queries, KnowledgeSearchFilter agent, Dictionary<string, string> firstWords)
    {
        foreach (var query in queries)
        {
            index.Search(query, agent, 10);
            PlainTermQuery(index, firstWords[query]);
        }
    }

    // The reference: one term on the body field, top 10 with their stored documents, no analysis, filters, boosts or highlights.
    private static int PlainTermQuery(KnowledgeSearchIndex index, string word) =>
        index.Lucene.Search(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term("text", word)), 10);
            foreach (var hit in top.ScoreDocs)
                searcher.Doc(hit.Doc);
            return top.ScoreDocs.Length;
        });

    private static int Setting(string name, int fallback, int min, int max) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? Math.Clamp(value, min, max) : fallback;
}
