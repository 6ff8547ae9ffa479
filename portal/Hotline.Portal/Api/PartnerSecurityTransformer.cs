using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Portal.Api;

/// <summary>Declares the partner bearer scheme in the OpenAPI document and each ticket operation's requirement: the scheme where the endpoint needs authorization, none (<c>{}</c>) where it is anonymous.</summary>
public sealed class PartnerSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private static readonly string[] Owned = [PublicTicketEndpoints.Prefix, PartnerTicketEndpoints.Prefix, HandoffEndpoints.Prefix];

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[PartnerTokenHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A partner token (handling unit, enterprise, 转办/交办 department) issued by the hotline operator.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var path = "/" + context.Description.RelativePath;
        if (!Owned.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            // Other parts' operations (reports, users) declare their own sign-in requirement.
            return Task.CompletedTask;
        }

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var secured = !anonymous && metadata.OfType<IAuthorizeData>().Any();
        var requirement = new OpenApiSecurityRequirement();
        if (secured)
        {
            requirement[new OpenApiSecuritySchemeReference(PartnerTokenHandler.SchemeName, context.Document)] = [];
        }

        operation.Security = [requirement];
        return Task.CompletedTask;
    }
}
