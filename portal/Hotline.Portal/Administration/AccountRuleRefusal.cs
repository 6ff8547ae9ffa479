using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Administration;

/// <summary>Turns an ASP.NET Core Identity error about a new account or password into a refusal with a Chinese resource key and the field it concerns
/// (Identity's own descriptions are English).</summary>
public static class AccountRuleRefusal
{
    /// <summary>Resource key of a user name already in use.</summary>
    public const string UserNameTakenKey = "UserNameTaken";

    /// <summary>Resource key of a user name with characters Identity does not allow.</summary>
    public const string UserNameInvalidKey = "UserNameInvalid";

    /// <summary>Prefix of the password-rule keys: Password_ plus Identity's error code (Password_PasswordTooShort, …).</summary>
    public const string PasswordKeyPrefix = "Password_";

    /// <summary>The refusal for <paramref name="error"/>; an error this table does not know keeps Identity's description under the generic key.</summary>
    public static AdminOutcome From(IdentityError error, IdentityOptions options, string userName)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(options);
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) => new AdminOutcome(UserNameTakenKey, userName, UserField.UserName),
            nameof(IdentityErrorDescriber.InvalidUserName) => new AdminOutcome(UserNameInvalidKey, userName, UserField.UserName),
            nameof(IdentityErrorDescriber.PasswordTooShort) => Password(error.Code, options.Password.RequiredLength),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => Password(error.Code, options.Password.RequiredUniqueChars),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) or nameof(IdentityErrorDescriber.PasswordRequiresLower) or nameof(IdentityErrorDescriber.PasswordRequiresUpper)
                or nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Password(error.Code, null),
            _ => new AdminOutcome(IdentityUserAdministration.IdentityErrorKey, error.Description),
        };
    }

    private static AdminOutcome Password(string code, int? count) =>
        new(PasswordKeyPrefix + code, count?.ToString(CultureInfo.InvariantCulture), UserField.Password);
}
