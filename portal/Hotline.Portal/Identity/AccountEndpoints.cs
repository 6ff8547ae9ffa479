using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Hotline.Portal.Identity;

/// <summary>Sign-out (POST with the antiforgery token) and the culture switch; sign-in itself is the page at <see cref="AccountPaths.Login"/>.</summary>
public static class AccountEndpoints
{
    /// <summary>Maps the endpoints; they are left out of the OpenAPI document (they answer browsers, not API clients).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.Logout, async (SignInManager<PortalUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect(AccountPaths.Login);
            })
            .RequireAuthorization(PortalPolicies.SignedIn)
            .ExcludeFromDescription();
        endpoints.MapGet(AccountPaths.Culture, (string culture, string? returnUrl, HttpContext http) =>
            {
                if (!IdentitySetup.Cultures.Contains(culture, StringComparer.Ordinal))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown culture",
                        detail: $"'{culture}' is not one of {string.Join(", ", IdentitySetup.Cultures)}.");
                }

                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
                return Results.LocalRedirect(SafeReturn(returnUrl));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>A local path to go back to; anything else (an absolute or protocol-relative URL) becomes the home page.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
