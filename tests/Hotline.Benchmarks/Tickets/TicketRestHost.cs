using System.Security.Claims;
using System.Text.Encodings.Web;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Benchmarks.Tickets;

/// <summary>The portal's staff ticket API (<c>/api/v1/tickets</c>, its real endpoints, policy and problem filter) on loopback Kestrel over the benchmark's silo,
/// with the sign-in cookie's check replaced by a scheme that takes every request as a signed-in agent (the cookie's decryption is not measured).</summary>
internal sealed class TicketRestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TicketRestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<TicketRestHost> StartAsync(TicketsSilo silo)
    {
        var port = LoopbackPorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSingleton(silo.Search);
        builder.Services.AddSingleton(silo.Duplicates);
        builder.Services.AddSingleton(silo.Intake);
        builder.Services.AddSingleton(silo.Services.GetRequiredService<ITicketQueries>());
        builder.Services.AddSingleton(silo.Services.GetRequiredService<IGrainFactory>());
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BenchAgentHandler>(IdentityConstants.ApplicationScheme, null);
        builder.Services.AddAuthorizationBuilder().AddPortalPolicies();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapTickets();
        await app.StartAsync();
        return new TicketRestHost(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Every request is agent 8001, as a valid portal cookie would make it.</summary>
    private sealed class BenchAgentHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "8001"), new Claim(ClaimTypes.NameIdentifier, "8001"), new Claim(ClaimTypes.Role, PlatformRole.Agent)], Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }
    }
}
