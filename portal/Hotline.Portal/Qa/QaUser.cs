using System.Security.Claims;

namespace Hotline.Portal.Qa;

/// <summary>The signed-in user's name as QA records it (inspector on corrections, rater in calibration).</summary>
public static class QaUser
{
    /// <summary>The user name; the QA endpoints require sign-in, so an anonymous user here is a wiring error.</summary>
    public static string NameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity is { IsAuthenticated: true } identity ? identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return string.IsNullOrEmpty(name)
            ? throw new InvalidOperationException("A QA endpoint was reached without a signed-in user; it must require the QA policy.")
            : name;
    }
}
