using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Search;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Search;
using Hotline.Grains.Tickets.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Duplicates;

/// <summary>查重: finds tickets of any channel with the same phone or subject, or a similar description, near in time, and says why each is suggested.</summary>
/// <remarks>Phone, enterprise and route candidates come from the store's indexes; plate and text candidates from the ticket search index
/// (plates are one normalised word there, whatever way they were typed). Text similarity is the TF-IDF cosine of jieba words (with their dictionary sub-words, so 中途甩客 meets 甩客), with
/// document frequencies from the index. Merged tickets are left out: their target carries the case.</remarks>
public sealed class TicketDuplicateFinder(
    TicketSearchIndex index,
    IDbContextFactory<OperationalDbContext> contexts,
    IOptions<TicketDuplicateOptions> options,
    TimeProvider clock) : ITicketDuplicateFinder
{
    // Enough of the probe's rarest words to find similar texts; a long description does not make a huge query.
    private const int TextQueryWords = 32;

    // However small the index, a word in this many tickets or fewer still looks for candidates (a ticket and its duplicates share it).
    private const int RareEnoughAlways = 20;

    private readonly TicketDuplicateOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<IReadOnlyList<DuplicateCandidate>> FindForTicketAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Set<TicketRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Number == number, cancellationToken)
            ?? throw new TicketNotFoundException(number);
        return await FindAsync(db, DuplicateProbe.Of(ticket), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DuplicateCandidate>> FindForSubmissionAsync(TicketSubmission draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, DuplicateProbe.Of(draft, clock.GetUtcNow()), cancellationToken);
    }

    private async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(OperationalDbContext db, DuplicateProbe probe, CancellationToken cancellationToken)
    {
        var probeWords = AnalyzedTerms.Of(index.IndexAnalyzer, TicketSearchFields.Description, probe.Description);
        var fromIndex = index.Search(searcher => IndexCandidates(searcher, probe, probeWords));
        var tickets = await StoreCandidatesAsync(db, probe, fromIndex, cancellationToken);
        if (tickets.Count == 0)
            return [];
        var candidates = index.Search(searcher =>
        {
            var cosine = new TfIdfCosine(Idf(searcher.IndexReader));
            var probeVector = cosine.Vector(probeWords);
            return tickets.Select(t => Candidate(probe, t, probeVector, DescriptionVector(searcher, cosine, t))).OfType<DuplicateCandidate>().ToList();
        });
        return
        [
            .. candidates.OrderByDescending(c => c.Score).ThenBy(c => (c.Ticket.CreatedAt - probe.At).Duration())
                .Take(_options.MaxCandidates),
        ];
    }

    private List<string> IndexCandidates(IndexSearcher searcher, DuplicateProbe probe, IReadOnlyList<string> probeWords)
    {
        var numbers = new List<string>();
        var idf = Idf(searcher.IndexReader);
        // Words in more than CommonWordShare of all tickets (司机, 出租车) would make this query visit most of the index, and
        // alone they never make two texts similar enough; they still count in the cosine below.
        var commonFrom = Math.Max(RareEnoughAlways, searcher.IndexReader.NumDocs * _options.CommonWordShare);
        var rare = probeWords.Distinct(StringComparer.Ordinal)
            .Where(w => searcher.IndexReader.DocFreq(new Term(TicketSearchFields.Description, w)) <= commonFrom)
            .OrderByDescending(idf).Take(TextQueryWords).ToList();
        if (rare.Count > 0)
        {
            var anyWord = new BooleanQuery();
            foreach (var word in rare)
                anyWord.Add(new TermQuery(new Term(TicketSearchFields.Description, word)), Occur.SHOULD);
            numbers.AddRange(Numbers(searcher, anyWord, Window(probe.At, _options.TextWindow)));
        }
        if (probe.Plate is { } plate)
        {
            var samePlate = new TermQuery(new Term(TicketSearchFields.Subject, plate.ToLowerInvariant()));
            numbers.AddRange(Numbers(searcher, samePlate, Window(probe.At, _options.SubjectWindow)));
        }
        return numbers;
    }

    private IEnumerable<string> Numbers(IndexSearcher searcher, Query query, (long From, long To) window)
    {
        var inWindow = new QueryWrapperFilter(NumericRangeQuery.NewInt64Range(TicketSearchFields.Created, window.From, window.To, true, true));
        return searcher.Search(query, inWindow, _options.PoolSize).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(TicketSearchFields.Number, CultureInfo.InvariantCulture));
    }

    private async Task<List<TicketRecord>> StoreCandidatesAsync(OperationalDbContext db, DuplicateProbe probe, List<string> fromIndex, CancellationToken cancellationToken)
    {
        var merged = nameof(TicketState.Merged);
        var self = probe.Number ?? "";
        var tickets = db.Set<TicketRecord>().AsNoTracking().Where(t => t.Number != self && t.State != merged);
        var found = new List<TicketRecord>();
        if (probe.Phone is { } phone)
        {
            var (phoneFrom, phoneTo) = Window(probe.At, _options.PhoneWindow);
            found.AddRange(await tickets.Where(t => t.CitizenPhone == phone && t.CreatedAtUnixMs >= phoneFrom && t.CreatedAtUnixMs <= phoneTo)
                .OrderByDescending(t => t.CreatedAtUnixMs).Take(_options.PoolSize).ToListAsync(cancellationToken));
        }
        var (from, to) = Window(probe.At, _options.SubjectWindow);
        var inWindow = tickets.Where(t => t.CreatedAtUnixMs >= from && t.CreatedAtUnixMs <= to);
        if (probe.Enterprise is { } enterprise)
        {
            // The (enterprise, created) index answers this one directly.
            found.AddRange(await inWindow.Where(t => t.Enterprise == enterprise)
                .OrderByDescending(t => t.CreatedAtUnixMs).Take(_options.PoolSize).ToListAsync(cancellationToken));
        }
        // Plates shaped like plates come from the search index (one normalised word there); only a route, or a plate the
        // pattern does not know, needs this read of the window's rows.
        var oddPlate = probe.Plate is { } plate && !VehiclePlates.Find(plate).Any() ? plate : null;
        if (probe.Route is not null || oddPlate is not null)
        {
            var route = probe.Route;
            found.AddRange(await inWindow.Where(t => (route != null && t.Route == route) || (oddPlate != null && t.VehiclePlate == oddPlate))
                .OrderByDescending(t => t.CreatedAtUnixMs).Take(_options.PoolSize).ToListAsync(cancellationToken));
        }
        var known = found.Select(t => t.Number).ToHashSet(StringComparer.Ordinal);
        var missing = fromIndex.Where(n => n != self && known.Add(n)).ToList();
        if (missing.Count > 0)
            found.AddRange(await tickets.Where(t => missing.Contains(t.Number)).ToListAsync(cancellationToken));
        return [.. found.DistinctBy(t => t.Number, StringComparer.Ordinal)];
    }

    private DuplicateCandidate? Candidate(DuplicateProbe probe, TicketRecord ticket, Dictionary<string, double> probeVector, Dictionary<string, double> vector)
    {
        var apart = (DateTimeOffset.FromUnixTimeMilliseconds(ticket.CreatedAtUnixMs) - probe.At).Duration();
        var reasons = new List<DuplicateReason>();
        if (probe.Phone is { } phone && apart <= _options.PhoneWindow && string.Equals(ticket.CitizenPhone?.Trim(), phone, StringComparison.Ordinal))
            reasons.Add(new DuplicateReason(DuplicateReasonKind.SamePhone, phone, _options.PhoneWeight));
        if (apart <= _options.SubjectWindow)
        {
            if (probe.Plate is { } plate && string.Equals(DuplicateProbe.NormalisePlate(ticket.VehiclePlate) ?? PlateInText(ticket, plate), plate, StringComparison.Ordinal))
                reasons.Add(new DuplicateReason(DuplicateReasonKind.SamePlate, plate, _options.PlateWeight));
            if (probe.Enterprise is { } enterprise && string.Equals(ticket.Enterprise?.Trim(), enterprise, StringComparison.Ordinal))
                reasons.Add(new DuplicateReason(DuplicateReasonKind.SameEnterprise, enterprise, _options.EnterpriseWeight));
            if (probe.Route is { } route && string.Equals(ticket.Route?.Trim(), route, StringComparison.Ordinal))
                reasons.Add(new DuplicateReason(DuplicateReasonKind.SameRoute, route, _options.RouteWeight));
        }
        if (apart <= _options.TextWindow)
        {
            var similarity = TfIdfCosine.Similarity(probeVector, vector);
            if (similarity >= _options.TextThreshold)
                reasons.Add(new DuplicateReason(DuplicateReasonKind.SimilarText, string.Join('、', TfIdfCosine.Shared(probeVector, vector).Take(5)), Math.Round(similarity, 3)));
        }
        if (reasons.Count == 0)
            return null;
        var score = 1 - reasons.Aggregate(1.0, (rest, r) => rest * (1 - Math.Clamp(r.Weight, 0, 1)));
        return new DuplicateCandidate(TicketRecordMapping.ToSummary(ticket), Math.Round(score, 3), reasons);
    }

    /// <summary>A plate named in a ticket's place field rather than its plate field still counts.</summary>
    private static string? PlateInText(TicketRecord ticket, string plate) =>
        VehiclePlates.Find(TicketDocument.SubjectText(ticket)).Select(w => w.Text).FirstOrDefault(p => p == plate);

    /// <summary>The ticket's description vector from its term vector in the index; segmented afresh when the index does not hold it yet.</summary>
    private Dictionary<string, double> DescriptionVector(IndexSearcher searcher, TfIdfCosine cosine, TicketRecord ticket)
    {
        var doc = DocumentOf(searcher.IndexReader, TicketDocument.Key(ticket.Number));
        var vector = doc < 0 ? null : searcher.IndexReader.GetTermVector(doc, TicketSearchFields.Description);
        if (vector is null)
            return cosine.Vector(AnalyzedTerms.Of(index.IndexAnalyzer, TicketSearchFields.Description, ticket.Description));
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var terms = vector.GetEnumerator();
        while (terms.MoveNext())
            counts[terms.Term.Utf8ToString()] = terms.TotalTermFreq;
        return cosine.Vector(counts);
    }

    /// <summary>The live document holding <paramref name="key"/>, or -1; read from the key's postings, without building a query for each candidate.</summary>
    private static int DocumentOf(IndexReader reader, Term key)
    {
        var postings = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), key.Field, key.Bytes);
        if (postings is null)
            return -1;
        var doc = postings.NextDoc();
        return doc == DocIdSetIterator.NO_MORE_DOCS ? -1 : doc;
    }

    /// <summary>The inverse document frequency of a description word in <paramref name="reader"/>, each word looked up once per check.</summary>
    /// <remarks>Candidates share most of their words, and a look-up seeks the term in every segment: at 200,000 tickets, looking each word up
    /// again for every candidate took most of a check's time.</remarks>
    private static Func<string, double> Idf(IndexReader reader)
    {
        var documents = reader.NumDocs;
        var known = new Dictionary<string, double>(StringComparer.Ordinal);
        return word =>
        {
            if (!known.TryGetValue(word, out var idf))
                known[word] = idf = Math.Log((documents + 1.0) / (reader.DocFreq(new Term(TicketSearchFields.Description, word)) + 1.0)) + 1.0;
            return idf;
        };
    }

    private static (long From, long To) Window(DateTimeOffset at, TimeSpan window) =>
        ((at - window).ToUnixTimeMilliseconds(), (at + window).ToUnixTimeMilliseconds());
}
