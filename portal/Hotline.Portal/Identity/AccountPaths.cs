namespace Hotline.Portal.Identity;

/// <summary>The sign-in pages and endpoints.</summary>
public static class AccountPaths
{
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
    public const string Denied = "/account/denied";
    public const string Culture = "/account/culture";
}
