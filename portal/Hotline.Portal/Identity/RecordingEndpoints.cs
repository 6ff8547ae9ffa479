using System.Security.Claims;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Portal.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Identity;

/// <summary>Recordings under <c>/api/v1/recordings/{callId}</c>: only for the recordings policy, each listen written to the audit log.</summary>
public static class RecordingEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/recordings";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRecordings(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "/{callId}", GetAsync)
            .RequireAuthorization(PortalPolicies.Recordings)
            .WithTags("recordings")
            .WithName("GetRecording")
            .WithSummary("A call's stereo recording (WAV, left caller, right agent side); every access is audited")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string callId, ClaimsPrincipal user, IGrainFactory grains, AuditLog audit,
        IOptions<HotlineOptions> options, CancellationToken cancellationToken)
    {
        var record = await grains.GetGrain<ICallGrain>(callId).GetRecordAsync();
        var root = Path.GetFullPath(Path.Combine(options.Value.DataDir, "recordings")) + Path.DirectorySeparatorChar;
        var path = record is { RecordingPath.Length: > 0 } ? Path.GetFullPath(record.RecordingPath, options.Value.DataDir) : null;
        // Only files under the recordings folder are served, whatever a record says.
        if (path is null || !path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such recording",
                detail: $"Call '{callId}' has no recording.");
        }

        await audit.RecordAsync(user, AuditAction.ListenRecording, callId, null, cancellationToken);
        return Results.File(path, "audio/wav", callId + ".wav", enableRangeProcessing: true);
    }
}
