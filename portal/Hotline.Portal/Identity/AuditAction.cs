namespace Hotline.Portal.Identity;

/// <summary>The kinds of sensitive action the audit log records.</summary>
public static class AuditAction
{
    public const string ListenRecording = "listen-recording";
    public const string Export = "export";
    public const string ScoreChange = "score-change";
    public const string PermissionChange = "permission-change";
    public const string SignIn = "sign-in";
    public const string UserCreate = "user-create";
    public const string PasswordReset = "password-reset";
}
