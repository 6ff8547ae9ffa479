namespace Hotline.Portal.Public.Notices;

/// <summary>The audit log's names for changes to 政务公开 notices, the same whether made on the staff page or over REST.</summary>
public static class NoticeAuditActions
{
    /// <summary>A draft written.</summary>
    public const string Create = "notice-create";

    /// <summary>A notice shown on the citizen site.</summary>
    public const string Publish = "notice-publish";

    /// <summary>A notice taken off the citizen site.</summary>
    public const string Withdraw = "notice-withdraw";

    /// <summary>The audit target of notice <paramref name="id"/>.</summary>
    public static string Target(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"notice:{id}");
}
