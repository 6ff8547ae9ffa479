using Hotline.Grains.Abstractions.Events;
using Hotline.Portal.Configuration;
using Hotline.Qa.Audio;
using Hotline.Qa.Transcription;
using Hotline.Qa.Work;

namespace Hotline.Portal.Hosting;

/// <summary>Registers QA transcription: the model (or its absence, reported plainly), the durable queue under
/// <c>&lt;DataDir&gt;/qa/queue</c>, the transcript store and the in-process workers (<c>Hotline:Qa:Workers</c>, default 1).</summary>
public static class QaSetup
{
    /// <summary>Adds the transcription services; a missing or broken model leaves QA running on metrics and everything else.</summary>
    public static IServiceCollection AddHotlineQaTranscription(this IServiceCollection services, IConfiguration configuration, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var section = configuration.GetSection(TranscriptionSettings.SectionName);
        var settings = section.Get<TranscriptionSettings>() ?? new TranscriptionSettings();
        var (whisper, status) = LoadModel(settings);
        services.AddSingleton(settings);
        services.AddSingleton(status);
        var qaFolder = Path.Combine(options.DataDir, "qa");
        services.AddSingleton(sp => new QaWorkJournal(Path.Combine(qaFolder, "queue"), section.GetValue("QueueCapacity", 10_000),
            TimeSpan.FromMinutes(section.GetValue("LeaseMinutes", 30.0)), 3, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new TranscriptStore(Path.Combine(qaFolder, "transcripts")));
        services.AddSingleton(new CallTranscriber(whisper, settings, new SpeechDetector(), new ConversationAnalyzer()));
        var workers = Math.Max(0, section.GetValue("Workers", 1));
        services.AddHostedService(sp => new QaWorkerPool(
            [.. Enumerable.Range(0, workers).Select(i => new QaWorker($"{Environment.MachineName}:{Environment.ProcessId}:{i}",
                sp.GetRequiredService<QaWorkJournal>(), sp.GetRequiredService<CallTranscriber>(), sp.GetRequiredService<TranscriptStore>(),
                sp.GetService<IEventOutbox>(), options.DataDir))],
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static (WhisperChannelTranscriber?, WhisperModelStatus) LoadModel(TranscriptionSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.WhisperModel))
            return (null, WhisperModelStatus.NotConfigured);
        try
        {
            return (WhisperChannelTranscriber.Load(settings), WhisperModelStatus.Ready);
        }
        catch (WhisperModelException ex)
        {
            return (null, WhisperModelStatus.Broken(ex.Message));
        }
    }
}
