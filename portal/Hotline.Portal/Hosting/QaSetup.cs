using Hotline.Grains.Abstractions.Events;
using Hotline.Portal.Configuration;
using Hotline.Portal.Qa;
using Hotline.Qa.Hosting;
using Hotline.Qa.Transcription;
using Microsoft.AspNetCore.OpenApi;

namespace Hotline.Portal.Hosting;

/// <summary>Registers QA: the pipeline over <c>&lt;DataDir&gt;/qa</c> (model or its absence, reported plainly), in-process workers
/// (<c>Hotline:Qa:Workers</c>, default 1), the call-end feed from the CDRs, the <c>qa</c> health entry and the REST API.</summary>
public static class QaSetup
{
    /// <summary>Reads <c>Hotline:Qa</c> (transcription and pipeline settings).</summary>
    public static (TranscriptionSettings Transcription, QaSettings Pipeline) ReadSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TranscriptionSettings.SectionName);
        return (section.Get<TranscriptionSettings>() ?? new TranscriptionSettings(), section.Get<QaSettings>() ?? new QaSettings());
    }

    /// <summary>Adds QA to the platform; a missing or broken model leaves QA running on metrics and the items that need no words.</summary>
    public static IServiceCollection AddHotlineQaTranscription(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (transcription, settings) = ReadSettings(configuration);
        services.AddSingleton(sp => QaPipeline.Open(options.DataDir, transcription, settings, sp.GetService<IEventOutbox>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<QaPipeline>().ModelStatus);
        services.AddSingleton<QaScoreCorrection>();
        services.AddSingleton<QaArchiveFeed>();
        services.AddSingleton<QaReviewAnswers>();
        services.AddHostedService<QaArchiveSync>();
        services.AddHostedService(sp => sp.GetRequiredService<QaPipeline>().Pool(settings.Workers, $"{Environment.MachineName}:{Environment.ProcessId}"));
        services.AddHostedService<QaFeedService>();
        services.AddHealthChecks().AddCheck<QaHealthCheck>("qa");
        services.Configure<OpenApiOptions>("v1", openApi => openApi.AddOperationTransformer(new QaSecurityTransformer()));
        return services;
    }

    /// <summary>Maps <c>/api/v1/qa</c>.</summary>
    public static WebApplication MapHotlineQa(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapQa();
        app.MapQaForAgents();
        return app;
    }
}
