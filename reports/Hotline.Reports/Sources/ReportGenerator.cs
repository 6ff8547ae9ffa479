using Hotline.Analytics.Engines;
using Hotline.Reports.Builders;
using Hotline.Reports.Data;
using Hotline.Reports.Pdf;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Produces any of the four reports for a request: checks the period, reads the analytics store, builds the document and writes the PDF.</summary>
/// <remarks>A period without data gives a report that says so in its first section, not an error.</remarks>
public sealed class ReportGenerator
{
    private readonly PdfReportWriter _writer;
    private readonly ReportSettings _settings;
    private readonly TimeProvider _time;
    private readonly DailyOperationsSource _daily;
    private readonly MonthlyAnalysisSource _monthly;
    private readonly QaSummarySource _qa;
    private readonly PerformanceReviewSource _review;
    private readonly IStoredReviewSource? _storedReviews;

    /// <summary>A generator over <paramref name="engine"/>'s analytics database <paramref name="database"/>; performance reviews come from <paramref name="storedReviews"/> where one is stored,
    /// and the QA summary lists calibration sessions and typical cases from <paramref name="qaDetails"/> when it is given.</summary>
    public ReportGenerator(IAnalyticsEngine engine, string database, PdfReportWriter writer, ReportSettings settings, TimeProvider? time = null,
        IStoredReviewSource? storedReviews = null, IQaDetailsSource? qaDetails = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(settings);
        _writer = writer;
        _settings = settings;
        _time = time ?? TimeProvider.System;
        var queries = new ReportQueries(engine, database);
        _daily = new DailyOperationsSource(queries, settings);
        _monthly = new MonthlyAnalysisSource(queries, settings);
        _qa = new QaSummarySource(queries, settings, qaDetails);
        _review = new PerformanceReviewSource(queries, settings);
        _storedReviews = storedReviews;
    }

    /// <summary>The PDF for <paramref name="request"/>; throws <see cref="ReportPeriodException"/> or <see cref="ReportRequestException"/> (Chinese messages) for requests it cannot serve.</summary>
    public Task<GeneratedReport> GenerateAsync(ReportRequest request, CancellationToken cancellationToken = default) =>
        GenerateAsync(request, null, cancellationToken);

    /// <summary>The PDF for <paramref name="request"/>, telling <paramref name="progress"/> each <see cref="ReportStage"/> as it begins.</summary>
    public async Task<GeneratedReport> GenerateAsync(ReportRequest request, IProgress<ReportStage>? progress, CancellationToken cancellationToken = default)
    {
        progress?.Report(ReportStage.Loading);
        var built = await BuildAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(ReportStage.Writing);
        return new GeneratedReport(request, built.Document.Title, request.FileName(), _writer.Write(built.Document), built.HasData);
    }

    /// <summary>The document for <paramref name="request"/>, with a note in front when the period holds no data.</summary>
    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Validate();
        var context = new ReportContext(_settings.Organisation, _time.GetUtcNow().ToOffset(Analytics.Schema.AnalyticsTime.Offset));
        var built = request.Kind switch
        {
            ReportKind.Daily => await DailyAsync(period, context, cancellationToken),
            ReportKind.Monthly => await MonthlyAsync(period, context, cancellationToken),
            ReportKind.Qa => await QaAsync(period, context, cancellationToken),
            _ => await ReviewAsync(request.Agent!, period, context, cancellationToken),
        };
        return built.HasData
            ? built
            : built with
            {
                Document = DocumentNotes.Prepend(built.Document, SourceText.NoDataHeading,
                    string.Format(FigureText.Culture, SourceText.NoDataNotice, FigureText.Range(period.From, period.To))),
            };
    }

    private async Task<BuiltReport> DailyAsync(ReportPeriod period, ReportContext context, CancellationToken cancellationToken)
    {
        var data = await _daily.LoadAsync(period.From, cancellationToken);
        return new BuiltReport(DailyOperationsReport.Build(data, context), data.Calls.Offered > 0 || data.Tickets.Received > 0 || data.Tickets.Closed > 0);
    }

    private async Task<BuiltReport> MonthlyAsync(ReportPeriod period, ReportContext context, CancellationToken cancellationToken)
    {
        var data = await _monthly.LoadAsync(period, cancellationToken);
        return new BuiltReport(MonthlyAnalysisReport.Build(data, context), data.CallsOffered.Current > 0 || data.TicketsReceived.Current > 0);
    }

    private async Task<BuiltReport> QaAsync(ReportPeriod period, ReportContext context, CancellationToken cancellationToken)
    {
        var data = await _qa.LoadAsync(period, cancellationToken);
        // Say what is still missing: item results (a store with totals only), teams (agents have none yet), the QA data folder.
        var note = data.Items.Count == 0 ? SourceText.QaPendingNote : SourceText.QaTeamsPendingNote;
        if (!_qa.HasDetails)
            note += SourceText.QaDetailsMissingNote;
        var document = DocumentNotes.Prepend(QaSummaryReport.Build(data, context), SourceText.ProvisionalHeading, note);
        return new BuiltReport(document, data.Inspected.Current > 0);
    }

    private async Task<BuiltReport> ReviewAsync(string agent, ReportPeriod period, ReportContext context, CancellationToken cancellationToken)
    {
        // A review HR works on is the record; the provisional KPIs below are only for periods nobody reviewed.
        if (_storedReviews is not null && await _storedReviews.FindAsync(agent, period, cancellationToken) is { } stored)
        {
            var built = PerformanceReviewReport.Build(stored.Data, context);
            return new BuiltReport(stored.Approved
                ? built
                : DocumentNotes.Prepend(built, SourceText.ReviewStateHeading, string.Format(FigureText.Culture, SourceText.ReviewNotApprovedNote, stored.StateName)), true);
        }

        var (data, hasData) = await _review.LoadAsync(agent, period, cancellationToken);
        var document = DocumentNotes.Prepend(PerformanceReviewReport.Build(data, context), SourceText.ProvisionalHeading, SourceText.ReviewPendingComment);
        return new BuiltReport(document, hasData);
    }
}
