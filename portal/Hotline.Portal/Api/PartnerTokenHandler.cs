using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Api;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the hashed partner tokens in <see cref="PartnerOptions"/>.</summary>
public sealed class PartnerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<PartnerOptions> partners)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name, also the OpenAPI security scheme.</summary>
    public const string SchemeName = "PartnerToken";

    /// <summary>The claim holding the partner's unit.</summary>
    public const string UnitClaim = "hotline:unit";

    /// <summary>The lowercase hex SHA-256 of a token, as stored in configuration.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        const string Prefix = "Bearer ";
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = Convert.FromHexString(Hash(header[Prefix.Length..].Trim()));
        foreach (var account in partners.CurrentValue.Accounts)
        {
            if (account.TokenSha256.Length == 64
                && CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(account.TokenSha256)))
            {
                return Task.FromResult(AuthenticateResult.Success(Ticket(account)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("The bearer token matches no configured partner."));
    }

    private static AuthenticationTicket Ticket(PartnerAccount account)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, account.Id) };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (account.UnitId is { } unit)
        {
            claims.Add(new Claim(UnitClaim, unit));
        }

        return new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName);
    }
}
