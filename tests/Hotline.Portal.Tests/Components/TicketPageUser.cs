using System.Security.Claims;
using Hotline.Portal.Api;
using Microsoft.AspNetCore.Components.Authorization;

namespace Hotline.Portal.Tests.Components;

/// <summary>The signed-in user of a ticket page test: a name, roles and, for a handling unit, the unit claim; set before the page renders.</summary>
internal sealed class TicketPageUser : AuthenticationStateProvider
{
    private ClaimsPrincipal user = new(new ClaimsIdentity());

    public void SignIn(string name, string? unit, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (unit is not null)
            claims.Add(new Claim(PartnerTokenHandler.UnitClaim, unit));
        user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
