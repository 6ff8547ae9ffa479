namespace Hotline.Portal.Identity;

/// <summary>Writes an export entry to the audit log for each file the endpoints it is added to hand out (reports, bulk downloads).</summary>
public sealed class AuditedExportFilter(AuditLog audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var http = context.HttpContext;
        // Only a file leaving the platform is an export; listings and refusals are not.
        if (result is IFileHttpResult)
        {
            await audit.RecordAsync(http.User, AuditAction.Export, http.Request.Path, http.Request.QueryString.Value, http.RequestAborted);
        }

        return result;
    }
}
