using System.Globalization;
using System.Net.Sockets;
using Hotline.Portal.Administration;
using Hotline.Portal.Components;
using Hotline.Portal.Dashboards;
using Hotline.Portal.Configuration;
using Hotline.Portal.Health;
using Hotline.Portal.Identity;
using Hotline.Portal.Jobs;
using Hotline.Portal.Live;
using Hotline.Portal.Public;
using Hotline.Portal.Resources;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;
using OpenTelemetry.Metrics;

namespace Hotline.Portal.Hosting;

/// <summary>Builds and runs the one Hotline process: silo, SIP service, analytics engine, store and web portal.</summary>
public static class HotlineHost
{
    /// <summary>Runs until Ctrl-C; returns the process exit code. Start-up failures print one message, not a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication? app = null;
        try
        {
            app = Build(args);
            await app.StartAsync();
            StartupBanner.Print(app);
            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            if (app is not null)
            {
                await StopAfterFailedStartAsync(app);
            }

            await Console.Error.WriteLineAsync(message);
            return 2;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    // Parts that did start (the silo, the SIP sockets) are stopped before the container is disposed,
    // so they shut down in order instead of failing on disposed services.
    private static async Task StopAfterFailedStartAsync(WebApplication app)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await app.StopAsync(timeout.Token);
        }
#pragma warning disable CA1031 // The start-up failure is what the operator needs; a second failure while stopping is not.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Builds the application; validates configuration first.</summary>
    public static WebApplication Build(string[] args)
    {
        // appsettings.json is read from beside the program; relative paths (DataDir) stay relative to the working folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        // The generic host logs a failed start with its stack trace; RunAsync prints the one-line reason instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, builder.Configuration["urls"] ?? "http://127.0.0.1:5000");

        var options = builder.Configuration.GetSection(HotlineOptions.SectionName).Get<HotlineOptions>() ?? new HotlineOptions();
        options.DataDir = Path.GetFullPath(options.DataDir);
        var listen = HotlineOptionsValidator.Validate(options);
        builder.Services.AddSingleton(Options.Create(options));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PortalJobs>();
        builder.Services.AddSingleton<IDashboardData, AnalyticsDashboardData>();
        builder.Services.AddSingleton<DashboardWorkbook>();
        builder.Services.AddScoped<IUserAdministration, IdentityUserAdministration>();
        builder.Services.AddScoped<Hotline.Portal.People.IEmployeeDirectory, Hotline.Portal.People.IdentityEmployeeDirectory>();
        builder.Services.AddAdminPages();
        builder.Services.AddTicketCatalogPages();
        builder.Services.AddSingleton<Hotline.Portal.People.IPerformanceReviews, Hotline.Portal.People.GrainPerformanceReviews>();
        builder.Services.AddSingleton<Hotline.Portal.People.IExamDesk, Hotline.Portal.People.GrainExamDesk>();
        builder.AddHotlineSilo(options);
        builder.Services.AddOperationalStore(options);
        builder.Services.AddServiceNumbers(options);
        builder.Services.AddSipService(options, listen);
        builder.Services.AddCallRouting(options);
        builder.Services.AddAnalyticsEngine(options);
        builder.Services.AddHotlineReports(builder.Configuration, options);
        builder.Services.AddHotlineTickets(builder.Configuration, options);
        builder.Services.AddHotlineKnowledge(builder.Configuration, options);
        builder.Services.AddHotlinePeople(builder.Configuration, options);
        builder.Services.AddHotlineQaTranscription(builder.Configuration, options);
        if (options.Demo && string.IsNullOrEmpty(builder.Configuration["Hotline:Channels:WeChat:Token"]))
        {
            // DESIGN.md's demo organisation: its WeChat official account signs with this token.
            builder.Configuration["Hotline:Channels:WeChat:Token"] = "demo-wechat-token";
        }

        builder.Services.AddTicketChannels(builder.Configuration);
        builder.Services.AddPublicSite(builder.Configuration, options);
        builder.Services.AddPortalIdentity(options);
        builder.AddPortalUi();
        builder.Services.AddPortalLive();
        AddTelemetry(builder, options);

        builder.Services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo")
            .AddCheck<SipHealthCheck>("sip")
            .AddCheck<AnalyticsHealthCheck>("analytics")
            .AddCheck<StoreHealthCheck>("store");
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UsePortalIdentity();
        app.UseTicketChannels();
        app.MapPublicSite();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHotlineReports();
        app.MapPortalJobs();
        app.MapDashboards();
        app.MapHotlineTickets();
        app.MapHotlineKnowledge();
        app.MapHotlinePeople();
        app.MapHotlineQa();
        app.MapOrleansDashboard(OperationsPaths.OrleansDashboard).RequireAuthorization(PortalPolicies.Operations);
        app.MapPortalUi();
        return app;
    }

    private static void AddTelemetry(WebApplicationBuilder builder, HotlineOptions options)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddMeter("Hotline.*");
            if (options.Telemetry.ConsoleExporter)
            {
                metrics.AddConsoleExporter((_, reader) =>
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.Telemetry.ConsoleIntervalSeconds * 1000);
            }
        });
    }

    /// <summary>Turns a start-up failure into the one line an operator needs; null for failures that are bugs.</summary>
    private static string? Describe(Exception ex)
    {
        var culture = CultureInfo.CurrentCulture;
        return ex switch
        {
            HotlineStartupException startup => startup.Message,
            AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerException!),
            IOException io when io.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException =>
                string.Format(culture, StartupMessages.WebBindFailed, ExtractAddress(io.Message), StartupMessages.AddressInUse),
            IOException io when io.Message.StartsWith("Failed to bind", StringComparison.Ordinal) =>
                string.Format(culture, StartupMessages.WebBindFailed, ExtractAddress(io.Message), io.InnerException?.Message ?? io.Message),
            SocketException socket => string.Format(culture, StartupMessages.StartupFailed, socket.Message),
            _ => string.Format(culture, StartupMessages.StartupFailed, $"{ex.GetType().Name}: {ex.Message}"),
        };
    }

    // Kestrel says "Failed to bind to address http://127.0.0.1:5000: address already in use.".
    private static string ExtractAddress(string message)
    {
        const string Marker = "address ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return message;
        }

        var rest = message[(start + Marker.Length)..];
        var end = rest.IndexOf(": ", StringComparison.Ordinal);
        return end < 0 ? rest : rest[..end];
    }
}
