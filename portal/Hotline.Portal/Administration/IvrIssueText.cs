using System.Text.RegularExpressions;
using Hotline.Portal.Resources;
using Hotline.Telephony.Ivr;
using Microsoft.Extensions.Localization;

namespace Hotline.Portal.Administration;

/// <summary>Puts the flow validator's findings (English, from the telephony library) into the administrator's language, naming node and field.</summary>
public static class IvrIssueText
{
    // The validator's message shapes, most specific first; the captured values are the resource's arguments.
    private static readonly (Regex Shape, string Key)[] Shapes =
    [
        (Shape(@"^the flow has no id$"), "IvrMsgNoId"),
        (Shape(@"^the flow has no nodes$"), "IvrMsgNoNodes"),
        (Shape(@"^the flow has no start node$"), "IvrMsgNoStart"),
        (Shape(@"^start node '(.*)' does not exist$"), "IvrMsgStartMissing"),
        (Shape(@"^the node is empty$"), "IvrMsgEmptyNode"),
        (Shape(@"^refers to missing node '(.*)'$"), "IvrMsgMissingTarget"),
        (Shape(@"^is required$"), "IvrMsgRequired"),
        (Shape(@"^must be between (\S+) and (\S+)$"), "IvrMsgBetween"),
        (Shape(@"^must be more than 0 and at most (\d+)$"), "IvrMsgPositiveAtMost"),
        (Shape(@"must satisfy (.+)$"), "IvrMsgSatisfy"),
        (Shape(@"^a collect node without branches needs next$"), "IvrMsgCollectNeedsNext"),
        (Shape(@"^needs exactly one of (\w+) or (\w+)$"), "IvrMsgExactlyOne"),
        (Shape(@"^'(.*)' contains a character that is not a DTMF key$"), "IvrMsgNotDtmf"),
        (Shape(@"^'(.*)' is longer than maxDigits \((\d+)\)$"), "IvrMsgLongerThanMax"),
        (Shape(@"^'(.*)' is already handled by an earlier branch$"), "IvrMsgDuplicateDigits"),
        (Shape(@"^'(.*)' is not a single DTMF key$"), "IvrMsgNotOneKey"),
        (Shape(@"^calendar '(.*)' is not defined in the flow's calendars$"), "IvrMsgUnknownCalendar"),
        (Shape(@"^the calendar is empty$"), "IvrMsgEmptyCalendar"),
        (Shape(@"^unknown time zone '(.*)'$"), "IvrMsgUnknownTimeZone"),
        (Shape(@"^names no weekday$"), "IvrMsgNoWeekday"),
        (Shape(@"^is not a valid regular expression: (.*)$"), "IvrMsgBadPattern"),
        (Shape(@"^the node is unreachable from the start node$"), "IvrMsgUnreachable"),
        (Shape(@"^cycle without a collect node would spin: (.*)$"), "IvrMsgSpinningCycle"),
        (Shape(@"^must stay '(.*)'$"), "IvrMsgIdChanged"),
    ];

    /// <summary>One line for <paramref name="issue"/>, e.g. 节点“welcome”的字段“branches[0].next”：指向不存在的节点“x”。</summary>
    public static string Describe(IStringLocalizer<AdminText> text, IvrValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(issue);
        var where = issue.NodeId is null ? text["IvrWhereFlow", issue.Field] : text["IvrWhereNode", issue.NodeId, issue.Field];
        return text["IvrIssueLine", where, Message(text, issue.Message)];
    }

    /// <summary>The Chinese text of a JSON error: line, column and path when the parser knows them, then its own message.</summary>
    public static string Describe(IStringLocalizer<AdminText> text, IvrJsonError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        return error.Line is { } line
            ? text["IvrJsonErrorAt", line, error.Column ?? 0, error.Path ?? "$", error.Message]
            : text["IvrJsonError", error.Message];
    }

    private static string Message(IStringLocalizer<AdminText> text, string message)
    {
        foreach (var (shape, key) in Shapes)
        {
            var match = shape.Match(message);
            if (match.Success)
            {
                return text[key, [.. match.Groups.Cast<Group>().Skip(1).Select(g => (object)g.Value)]];
            }
        }

        // A message this table does not know yet is still shown, untranslated, rather than lost.
        return message;
    }

    private static Regex Shape(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
