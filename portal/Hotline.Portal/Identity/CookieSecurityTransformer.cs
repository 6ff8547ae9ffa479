using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Portal.Identity;

/// <summary>Declares the portal's sign-in cookie in the OpenAPI document and requires it on every operation guarded by a portal policy (reports, recordings, knowledge …).</summary>
public sealed class CookieSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>The security scheme's name in the document.</summary>
    public const string SchemeName = "PortalCookie";

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = IdentitySetup.CookieName,
            Description = "The portal's sign-in cookie (POST the form at /account/login); each operation also needs its policy's role.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var portalPolicy = metadata.OfType<IAuthorizeData>()
            .Any(a => a.Policy is { } policy && (policy == PortalPolicies.SignedIn || PortalPolicies.Roles.ContainsKey(policy)));
        if (portalPolicy && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }
}
