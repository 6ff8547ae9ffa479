namespace Hotline.Portal.Public.Notices;

/// <summary>The limits of a notice and the check of a draft: the wrong fields with the resource key of each message.</summary>
public static class NoticeRules
{
    /// <summary>The longest title, in characters.</summary>
    public const int MaxTitle = 200;

    /// <summary>The longest body, in characters.</summary>
    public const int MaxBody = 20_000;

    /// <summary>Field → resource key for every wrong field of a draft; empty when it may be stored.</summary>
    public static IReadOnlyDictionary<string, string> Check(string? title, string? body)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(title))
        {
            errors["title"] = "NoticeTitleRequired";
        }
        else if (title.Trim().Length > MaxTitle)
        {
            errors["title"] = "NoticeTitleTooLong";
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors["body"] = "NoticeBodyRequired";
        }
        else if (body.Trim().Length > MaxBody)
        {
            errors["body"] = "NoticeBodyTooLong";
        }

        return errors;
    }
}
