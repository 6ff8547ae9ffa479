using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Health;

/// <summary>Writes <c>/healthz</c> as JSON: the overall state and, per part, its state and detail.</summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? PartState.Ready
                : report.Entries.Values.Any(e => e.Data.TryGetValue("state", out var s) && Equals(s, PartState.Failed)) ? PartState.Failed
                : PartState.Starting,
            parts = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    state = e.Value.Data.TryGetValue("state", out var s) ? s : PartState.Failed,
                    detail = e.Value.Description,
                }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
