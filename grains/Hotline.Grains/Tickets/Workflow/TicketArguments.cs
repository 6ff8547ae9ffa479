using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>Checks the arguments of workflow actions before anything is loaded; each failure names the argument.</summary>
public static class TicketArguments
{
    /// <summary>The longest reason, note or comment accepted (characters).</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>The longest reply accepted (characters).</summary>
    public const int MaxReplyLength = 4000;

    /// <summary>A required text of at most <paramref name="maxLength"/> characters.</summary>
    public static string Required(string? value, string name, int maxLength = MaxNoteLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new TicketValidationException(name, $"{name} is required.");
        return Optional(value, name, maxLength)!;
    }

    /// <summary>An optional text of at most <paramref name="maxLength"/> characters.</summary>
    public static string? Optional(string? value, string name, int maxLength = MaxNoteLength)
    {
        if (value is not null && value.Length > maxLength)
            throw new TicketValidationException(name, $"{name} has {value.Length} characters; at most {maxLength} are accepted.");
        return value;
    }

    /// <summary>A return visit with a known method and a satisfaction of 1 to 5.</summary>
    public static ReturnVisit Visit(ReturnVisit? visit)
    {
        if (visit is null)
            throw new TicketValidationException("visit", "visit is required.");
        if (!Enum.IsDefined(visit.Method))
            throw new TicketValidationException("visit.Method", $"visit.Method '{visit.Method}' is not a visit method.");
        if (visit.Satisfaction is < 1 or > 5)
            throw new TicketValidationException("visit.Satisfaction", $"visit.Satisfaction is {visit.Satisfaction}; it must be 1 to 5.");
        Optional(visit.Comment, "visit.Comment");
        return visit;
    }

    /// <summary>Reply attachments, each with a file name and a storage path.</summary>
    public static IReadOnlyList<TicketAttachment> Attachments(IReadOnlyList<TicketAttachment>? attachments)
    {
        var list = attachments ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null || string.IsNullOrWhiteSpace(list[i].FileName) || string.IsNullOrWhiteSpace(list[i].StoragePath))
                throw new TicketValidationException($"attachments[{i}]", $"attachments[{i}] needs a file name and a storage path.");
        }
        return list;
    }
}
