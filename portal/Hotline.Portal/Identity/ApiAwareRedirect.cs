using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hotline.Portal.Identity;

/// <summary>The cookie's redirects for pages, and plain 401/403 for the REST API (a client cannot follow a redirect to a sign-in form).</summary>
public static class ApiAwareRedirect
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) => Answer(context, StatusCodes.Status401Unauthorized);

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => Answer(context, StatusCodes.Status403Forbidden);

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
