using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Portal.Qa;

/// <summary>Declares on each <c>/api/v1/qa</c> operation that it needs the portal's sign-in cookie (with a QA role).</summary>
public sealed class QaSecurityTransformer : IOpenApiOperationTransformer
{
    /// <inheritdoc/>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!("/" + context.Description.RelativePath).StartsWith(QaEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
            return Task.CompletedTask;
        context.Document!.Components ??= new OpenApiComponents();
        context.Document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        context.Document.Components.SecuritySchemes.TryAdd(IdentityConstants.ApplicationScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ".AspNetCore.Identity.Application",
            Description = "The portal's sign-in cookie; QA operations need the inspector, QA lead, supervisor, manager or admin role.",
        });
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(IdentityConstants.ApplicationScheme, context.Document)] = [] }];
        return Task.CompletedTask;
    }
}
