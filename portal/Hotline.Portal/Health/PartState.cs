using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Health;

/// <summary>The state words <c>/healthz</c> reports for each part of the platform.</summary>
public static class PartState
{
    public const string Ready = "ready";
    public const string Starting = "starting";
    public const string Failed = "failed";

    public static HealthCheckResult ReadyResult(string? detail = null) => HealthCheckResult.Healthy(detail, Data(Ready));

    public static HealthCheckResult StartingResult(string detail) => HealthCheckResult.Unhealthy(detail, data: Data(Starting));

    public static HealthCheckResult FailedResult(string detail, Exception? exception = null) =>
        HealthCheckResult.Unhealthy(detail, exception, Data(Failed));

    private static Dictionary<string, object> Data(string state) => new() { ["state"] = state };
}
