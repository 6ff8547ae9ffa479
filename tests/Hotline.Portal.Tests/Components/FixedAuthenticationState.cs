using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Hotline.Portal.Tests.Components;

/// <summary>A signed-in user with the given roles, as the cookie would present them.</summary>
internal sealed class FixedAuthenticationState(string name, params string[] roles) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))));
    }
}
