using Hotline.Reports.Archive;
using Hotline.Portal.Configuration;
using Hotline.Portal.Identity;
using Hotline.Portal.Reports;
using Hotline.Reports;
using Hotline.Reports.Fonts;
using Hotline.Reports.Pdf;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Hosting;

/// <summary>Registers reports: the PDF writer (fonts checked at start-up), the generator over the analytics engine, the archive under
/// <c>&lt;DataDir&gt;/reports</c>, the mailer, the schedule grain's starter and the <c>/api/v1/reports</c> endpoints.</summary>
public static class ReportsSetup
{
    /// <summary>Adds the report services; a missing or unusable font stops the start with the path named, not a PDF of boxes later.</summary>
    public static IServiceCollection AddHotlineReports(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var section = configuration.GetSection(ReportsOptions.SectionName);
        var reports = section.Get<ReportsOptions>() ?? new ReportsOptions();
        var scheduling = section.Get<ReportSchedulingOptions>() ?? new ReportSchedulingOptions();
        services.AddSingleton(OpenWriter(reports));
        services.AddSingleton(ReportSettings.From(reports));
        services.AddSingleton(scheduling);
        services.AddSingleton(sp => new HostedReportGenerator(sp.GetRequiredService<AnalyticsEngineHost>(), options.Analytics.Database,
            sp.GetRequiredService<PdfReportWriter>(), sp.GetRequiredService<ReportSettings>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IStoredReviewSource>(), sp.GetService<IQaDetailsSource>()));
        // Performance reviews print as HR's workflow stored them once the people side is registered.
        services.AddSingleton<IStoredReviewSource>(sp => new StoredReviewReader(sp.GetRequiredService<Hotline.Grains.Abstractions.People.IReviewCatalog>(),
            sp.GetRequiredService<IServiceScopeFactory>()));
        // QA summaries list calibration sessions and typical cases from the QA data folder (QaSetup keeps them under <DataDir>/qa).
        services.AddSingleton<IQaDetailsSource>(new QaStoreDetails(Path.Combine(options.DataDir, "qa")));
        services.AddSingleton(sp => new ReportArchive(Path.Combine(options.DataDir, "reports"), sp.GetRequiredService<TimeProvider>()));
        if (string.IsNullOrWhiteSpace(scheduling.Mail.SmtpHost))
            services.AddSingleton<IReportMailer, LogReportMailer>();
        else
            services.AddSingleton<IReportMailer>(new SmtpReportMailer(scheduling.Mail));
        services.AddSingleton<ReportRunner>();
        services.AddSingleton<ReportJobs>();
        services.AddSingleton<IReportJobStarter>(sp => sp.GetRequiredService<ReportJobs>());
        services.AddHostedService<ReportScheduleStarter>();
        return services;
    }

    /// <summary>Maps the <c>/api/v1/reports</c> endpoints for signed-in report readers (policy <see cref="ReportAccess.PolicyName"/>); each PDF produced is audited as an export.</summary>
    public static IEndpointRouteBuilder MapHotlineReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("").RequireAuthorization(ReportAccess.PolicyName).AddEndpointFilter<AuditedExportFilter>().MapReports();
        return endpoints;
    }

    /// <summary>The PDF writer for <paramref name="options"/>; a font problem becomes a start-up error naming the setting and the path.</summary>
    public static PdfReportWriter OpenWriter(ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return PdfReportWriter.Create(options);
        }
        catch (ReportFontException ex)
        {
            // Name the setting that pointed at the folder: the configuration key, else the environment variable (else the search failed).
            var (key, value) = options.FontFolder is { Length: > 0 } configured
                ? (FontFolderLocator.ConfigurationKey, configured)
                : (FontFolderLocator.EnvironmentVariable, Environment.GetEnvironmentVariable(FontFolderLocator.EnvironmentVariable));
            throw HotlineStartupException.ForSetting(key, value, ex.Message);
        }
    }
}
