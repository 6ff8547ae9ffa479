using System.Security.Claims;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Qa;

/// <summary>The signed-in user's name as QA records it (inspector on corrections, rater in calibration).</summary>
public static class QaUser
{
    /// <summary>The user name.</summary>
    public static string NameOf(ClaimsPrincipal user) => SignedInUser.NameOf(user, "QA");
}
