namespace Hotline.Portal.Administration;

/// <summary>The fields of the new-user and password forms, named in an <see cref="AdminOutcome"/> so the page marks the field that was wrong.</summary>
public static class UserField
{
    public const string UserName = "userName";
    public const string DisplayName = "displayName";
    public const string Password = "password";
    public const string Roles = "roles";
    public const string Unit = "unit";
}
