using Hotline.Portal.Hosting;
using Hotline.Portal.Tests.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Portal.Tests.Access;

/// <summary>
/// Every endpoint the host maps (REST, pages, account endpoints) carries an authorization policy, unless it is on the
/// explicit public allow-list: a new endpoint without a policy fails here until it gets one or an allow-list entry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EndpointPolicyTests
{
    // DESIGN.md's allow-list: the citizen API and site (pages and captcha images), channel webhooks (own signatures), health, the OpenAPI
    // document; plus sign-in itself and the Blazor framework (its circuits render only pages that passed their own policy).
    private static readonly string[] PublicPrefixes =
        ["/healthz", "/openapi/", "/api/v1/public/", "/public", "/channels/", "/account/login", "/account/denied", "/account/culture", "/_blazor", "/_framework/"];

    [Fact]
    public async Task Every_endpoint_has_a_policy_or_is_on_the_public_allow_list()
    {
        var settings = PortalSettings.Fresh();
        // In this process the entry assembly is the test: name the portal so its static asset manifest is found.
        var app = HotlineHost.Build(
        [
            "--applicationName=Hotline.Portal",
            $"--Hotline:DataDir={settings.DataDir}", "--Hotline:Demo=true", $"--Hotline:Sip:Listen={settings.SipListen}",
            $"--Hotline:Silo:SiloPort={settings.SiloPort}", $"--Hotline:Silo:GatewayPort={settings.GatewayPort}",
        ]);
        try
        {
            // The app's own data sources: the routing service only composes them once the pipeline is built at start.
            var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();
            Assert.Contains(endpoints, e => Route(e) == "/desk");
            Assert.Contains(endpoints, e => Route(e).StartsWith("/api/v1/reports", StringComparison.Ordinal));

            var unguarded = endpoints.Where(e => !IsPublic(e) && !HasPolicy(e)).Select(Describe).ToList();
            Assert.True(unguarded.Count == 0, "endpoints without a policy:\n" + string.Join("\n", unguarded));

            var anonymousOutsideList = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsPublic(e)).Select(Describe).ToList();
            Assert.True(anonymousOutsideList.Count == 0, "anonymous endpoints outside the allow-list:\n" + string.Join("\n", anonymousOutsideList));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static bool HasPolicy(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null);

    private static bool IsPublic(RouteEndpoint endpoint)
    {
        var route = Route(endpoint);
        return PublicPrefixes.Any(prefix => route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) || IsStaticFile(route);
    }

    // Static assets (MudBlazor's CSS/JS, the portal's stylesheet): fixed file routes without parameters, and the static
    // files fallback, which serves only the web root (recordings and reports live in the data folder, not there).
    private static bool IsStaticFile(string route) =>
        route == "/{**path:file}"
        || (!route.Contains('{', StringComparison.Ordinal) && Path.HasExtension(route) && !route.StartsWith("/api/", StringComparison.Ordinal));

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {Route(endpoint)} ({endpoint.DisplayName})";
}
