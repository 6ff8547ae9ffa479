using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Engines.Server;
using Hotline.Analytics.Schema;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Reports;
using Hotline.Reports.Data;
using Hotline.Reports.Sources;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Portal.Reports;

/// <summary><c>report &lt;daily|monthly|qa|review&gt; --from yyyy-MM-dd --to yyyy-MM-dd --out file.pdf [--agent N] [--url URL]</c>: writes a report as PDF.</summary>
/// <remarks>
/// Asks the running Hotline's API first (it holds the embedded engine: one engine per process and data folder); when nothing answers at the
/// URL (default <c>urls</c> from configuration, else http://127.0.0.1:5000) it opens the engine itself and produces the report in this process.
/// </remarks>
public static class ReportCommand
{
    private const string Usage = "usage: report <daily|monthly|qa|review> --from yyyy-MM-dd --to yyyy-MM-dd --out file.pdf [--agent N] [--url http://127.0.0.1:5000]";

    /// <summary>Runs the command; 0 on success, 1 when the report could not be produced, 2 for bad arguments.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        ReportRequest request;
        string output, url;
        try
        {
            (request, output, url) = Parse(args, configuration["urls"]?.Split(';')[0] ?? "http://127.0.0.1:5000");
            request.Validate();
        }
        catch (Exception ex) when (ex is FormatException or ReportRequestException or ReportPeriodException)
        {
            await Console.Error.WriteLineAsync($"report: {ex.Message}\n{Usage}");
            return 2;
        }

        try
        {
            var pdf = await ThroughHostAsync(request, url) ?? await InProcessAsync(request, configuration);
            var full = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, pdf);
            Console.WriteLine($"report: {full} ({pdf.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
            return 0;
        }
        catch (Exception ex) when (ex is ReportCommandException or AnalyticsEngineException or HotlineStartupException or ReportRequestException)
        {
            await Console.Error.WriteLineAsync($"report: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The PDF from the running host, or null when no host answers at <paramref name="url"/>.</summary>
    private static async Task<byte[]?> ThroughHostAsync(ReportRequest request, string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        var query = $"{ReportEndpoints.Prefix}/{ReportKinds.Name(request.Kind)}?from={request.From:yyyy-MM-dd}&to={request.To:yyyy-MM-dd}"
            + (request.Agent is { } agent ? $"&agent={Uri.EscapeDataString(agent)}" : "");
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(new Uri(query, UriKind.Relative));
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return null;
        }

        using (response)
        {
            Console.WriteLine($"report: produced by the running Hotline at {url}");
            if (response.IsSuccessStatusCode)
                return await response.Content.ReadAsByteArrayAsync();
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? await response.Content.ReadFromJsonAsync<ProblemDetails>()
                : null;
            throw new ReportCommandException($"the running Hotline at {url} answered {(int)response.StatusCode} {response.StatusCode}: {problem?.Detail ?? problem?.Title ?? response.ReasonPhrase}");
        }
    }

    private static async Task<byte[]> InProcessAsync(ReportRequest request, IConfiguration configuration)
    {
        var options = configuration.GetSection(HotlineOptions.SectionName).Get<HotlineOptions>() ?? new HotlineOptions();
        options.DataDir = Path.GetFullPath(options.DataDir);
        var reports = configuration.GetSection(ReportsOptions.SectionName).Get<ReportsOptions>() ?? new ReportsOptions();
        using var writer = ReportsSetup.OpenWriter(reports);
        var settings = options.Analytics;
        IAnalyticsEngine engine;
        try
        {
            engine = HotlineOptionsValidator.Is(settings.Engine, AnalyticsEngineOptions.ServerEngine)
                ? ClickHouseServerEngine.Create(settings)
                : EmbeddedClickHouseEngine.Open(options.DataDir, settings);
        }
        catch (AnalyticsEngineException ex) when (ex.Message.Contains("in use by another Hotline process", StringComparison.Ordinal))
        {
            throw new ReportCommandException($"{ex.Message} — but its web API did not answer; start it with ./hotline run or pass --url.", ex);
        }

        Console.WriteLine($"report: no Hotline is running; producing the report in this process from {engine.Description}");
        await using (engine)
        {
            await new SchemaMigrator(engine, new SchemaRenderer(settings.Database, settings.Cluster)).MigrateAsync();
            var report = await new ReportGenerator(engine, settings.Database, writer, ReportSettings.From(reports),
                qaDetails: new QaStoreDetails(Path.Combine(options.DataDir, "qa"))).GenerateAsync(request);
            return report.Pdf;
        }
    }

    private static (ReportRequest Request, string Output, string Url) Parse(string[] args, string defaultUrl)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
            throw new FormatException("say which report: daily, monthly, qa or review");
        var kind = ReportKinds.Parse(args[0]);
        DateOnly? from = null, to = null;
        string? output = null, agent = null;
        var url = defaultUrl;
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            DateOnly Day(string name) => ReportRequest.ParseDay(Value(), name);

            switch (args[i])
            {
                case "--from": from = Day("--from"); break;
                case "--to": to = Day("--to"); break;
                case "--out": output = Value(); break;
                case "--agent": agent = Value(); break;
                case "--url": url = Value(); break;
                default: throw new FormatException($"unknown option '{args[i]}'");
            }
        }

        if (from is null || to is null || output is null)
            throw new FormatException($"missing {string.Join(", ", new[] { from is null ? "--from" : null, to is null ? "--to" : null, output is null ? "--out" : null }.OfType<string>())}");
        return (new ReportRequest(kind, from.Value, to.Value, agent), output, url);
    }
}
