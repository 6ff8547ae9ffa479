using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Outbox;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Qa.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Qa;

/// <summary><c>hotline qa-worker</c>: a process that only transcribes and scores, over the platform's data folder and store, so QA
/// capacity grows by starting more of them (on this machine or any with the same shared storage).</summary>
/// <remarks>Configuration is the platform's (appsettings.json, HOTLINE__ environment variables, --Hotline:… arguments); the worker
/// count is <c>Hotline:Qa:Workers</c> (default 1). Transcripts and scores go to the operational store's event outbox, which the
/// platform delivers to analytics.</remarks>
public static class QaWorkerCommand
{
    /// <summary>Runs until Ctrl-C or SIGTERM; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        var options = builder.Configuration.GetSection(HotlineOptions.SectionName).Get<HotlineOptions>() ?? new HotlineOptions();
        options.DataDir = Path.GetFullPath(options.DataDir);
        // The platform seeds the demo organisation; a worker must not race it.
        options.Demo = false;
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOperationalStore(options);
        builder.Services.AddSingleton<IEventOutbox, EventOutbox>();
        var (transcription, settings) = QaSetup.ReadSettings(builder.Configuration);
        var workers = Math.Max(1, settings.Workers);
        builder.Services.AddSingleton(sp => QaPipeline.Open(options.DataDir, transcription, settings, sp.GetRequiredService<IEventOutbox>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QaPipeline>().Pool(workers, $"{Environment.MachineName}:{Environment.ProcessId}"));

        using var host = builder.Build();
        var pipeline = host.Services.GetRequiredService<QaPipeline>();
        await Console.Out.WriteLineAsync($"qa-worker: {workers} worker(s) on {Path.Combine(options.DataDir, "qa", "queue")}; {pipeline.ModelStatus.Message}");
        await pipeline.Model.LoadAsync();
        await host.RunAsync();
        return 0;
    }
}
