using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Identity;

/// <summary>Turns a failed <see cref="IdentityResult"/> into an exception naming what was being written and why it failed.</summary>
public static class IdentityResults
{
    public static void ThrowIfFailed(IdentityResult result, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Writing {what} to the identity store failed: {string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
        }
    }
}
