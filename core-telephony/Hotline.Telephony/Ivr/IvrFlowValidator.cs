using System.Text.RegularExpressions;

namespace Hotline.Telephony.Ivr;

/// <summary>Checks a flow before it runs or is published: references, required fields, reachability, spin-free cycles.</summary>
public static class IvrFlowValidator
{
    private const string DtmfKeys = "0123456789*#ABCD";

    /// <summary>Validates <paramref name="flow"/>.</summary>
    public static IvrValidationResult Validate(IvrFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var issues = new List<IvrValidationIssue>();
        void Error(string? node, string field, string message) => issues.Add(new(IvrIssueSeverity.Error, node, field, message));
        void Warn(string? node, string field, string message) => issues.Add(new(IvrIssueSeverity.Warning, node, field, message));

        if (string.IsNullOrWhiteSpace(flow.Id))
        {
            Error(null, "id", "the flow has no id");
        }
        if (flow.Nodes.Count == 0)
        {
            Error(null, "nodes", "the flow has no nodes");
        }
        if (string.IsNullOrWhiteSpace(flow.Start))
        {
            Error(null, "start", "the flow has no start node");
        }
        else if (!flow.Nodes.ContainsKey(flow.Start))
        {
            Error(null, "start", $"start node '{flow.Start}' does not exist");
        }
        foreach (var (name, calendar) in flow.Calendars)
        {
            ValidateCalendar(name, calendar, Error);
        }

        foreach (var (id, node) in flow.Nodes)
        {
            if (node is null)
            {
                Error(id, "type", "the node is empty");
                continue;
            }
            foreach (var (field, target) in node.Targets())
            {
                if (target is not null && !flow.Nodes.ContainsKey(target))
                {
                    Error(id, field, $"refers to missing node '{target}'");
                }
            }
            ValidateNode(flow, id, node, Error, Warn);
        }

        ReportUnreachable(flow, Warn);
        ReportSpinningCycles(flow, Error);
        return new IvrValidationResult(issues);
    }

    private static void ValidateNode(IvrFlow flow, string id, IvrNode node, Action<string?, string, string> error, Action<string?, string, string> warn)
    {
        switch (node)
        {
            case PlayNode play:
                RequirePrompt(id, "prompt", play.Prompt, error);
                RequireTarget(id, "next", play.Next, error);
                break;
            case CollectNode collect:
                ValidateInput(id, collect, error);
                RequirePrompt(id, "prompt", collect.Prompt, error);
                if (collect.MaxDigits is < 1 or > 64)
                {
                    error(id, "maxDigits", "must be between 1 and 64");
                }
                if (collect.MinDigits < 0 || collect.MinDigits > collect.MaxDigits)
                {
                    error(id, "minDigits", "must be between 0 and maxDigits");
                }
                ValidateKey(id, "terminator", collect.Terminator, error);
                if (collect.Branches.Count == 0 && collect.Next is null)
                {
                    error(id, "next", "a collect node without branches needs next");
                }
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < collect.Branches.Count; i++)
                {
                    var branch = collect.Branches[i];
                    var field = $"branches[{i}]";
                    if (string.IsNullOrEmpty(branch.Digits) == string.IsNullOrEmpty(branch.Pattern))
                    {
                        error(id, field, "needs exactly one of digits or pattern");
                    }
                    if (!string.IsNullOrEmpty(branch.Digits))
                    {
                        if (branch.Digits.Any(c => !DtmfKeys.Contains(c, StringComparison.Ordinal)))
                        {
                            error(id, field + ".digits", $"'{branch.Digits}' contains a character that is not a DTMF key");
                        }
                        else if (branch.Digits.Length > collect.MaxDigits)
                        {
                            error(id, field + ".digits", $"'{branch.Digits}' is longer than maxDigits ({collect.MaxDigits})");
                        }
                        if (!seen.Add(branch.Digits))
                        {
                            warn(id, field + ".digits", $"'{branch.Digits}' is already handled by an earlier branch");
                        }
                    }
                    if (!string.IsNullOrEmpty(branch.Pattern))
                    {
                        ValidatePattern(id, field + ".pattern", branch.Pattern, error);
                    }
                    RequireTarget(id, field + ".next", branch.Next, error);
                }
                break;
            case TimeBranchNode time:
                if (string.IsNullOrWhiteSpace(time.Calendar))
                {
                    error(id, "calendar", "is required");
                }
                else if (!flow.Calendars.ContainsKey(time.Calendar))
                {
                    error(id, "calendar", $"calendar '{time.Calendar}' is not defined in the flow's calendars");
                }
                RequireTarget(id, "open", time.Open, error);
                RequireTarget(id, "closed", time.Closed, error);
                break;
            case SetVariableNode set:
                if (string.IsNullOrWhiteSpace(set.Name))
                {
                    error(id, "name", "is required");
                }
                RequireTarget(id, "next", set.Next, error);
                break;
            case RouteToQueueNode queue:
                if (string.IsNullOrWhiteSpace(queue.Queue))
                {
                    error(id, "queue", "is required");
                }
                OptionalPrompt(id, "prompt", queue.Prompt, error);
                break;
            case VoicemailNode voicemail:
                OptionalPrompt(id, "prompt", voicemail.Prompt, error);
                OptionalPrompt(id, "thanksPrompt", voicemail.ThanksPrompt, error);
                if (voicemail.MaxLengthSeconds is < 1 or > 3600)
                {
                    error(id, "maxLengthSeconds", "must be between 1 and 3600");
                }
                ValidateKey(id, "finishKey", voicemail.FinishKey, error);
                break;
            case CallbackRequestNode callback:
                ValidateInput(id, callback, error);
                RequirePrompt(id, "prompt", callback.Prompt, error);
                OptionalPrompt(id, "confirmPrompt", callback.ConfirmPrompt, error);
                OptionalPrompt(id, "thanksPrompt", callback.ThanksPrompt, error);
                ValidatePattern(id, "numberPattern", callback.NumberPattern, error);
                ValidateKey(id, "terminator", callback.Terminator, error);
                if (callback.MaxDigits is < 1 or > 64)
                {
                    error(id, "maxDigits", "must be between 1 and 64");
                }
                break;
            case QueryTicketNode query:
                ValidateInput(id, query, error);
                RequirePrompt(id, "prompt", query.Prompt, error);
                ValidateKey(id, "terminator", query.Terminator, error);
                if (query.MaxDigits is < 1 or > 64 || query.MinDigits < 1 || query.MinDigits > query.MaxDigits)
                {
                    error(id, "maxDigits", "minDigits and maxDigits must satisfy 1 <= minDigits <= maxDigits <= 64");
                }
                if (string.IsNullOrWhiteSpace(query.FoundSay))
                {
                    error(id, "foundSay", "is required");
                }
                RequireTarget(id, "next", query.Next, error);
                break;
            case SurveyNode survey:
                ValidateInput(id, survey, error);
                RequirePrompt(id, "prompt", survey.Prompt, error);
                OptionalPrompt(id, "thanksPrompt", survey.ThanksPrompt, error);
                if (survey.MinScore < 0 || survey.MaxScore > 9 || survey.MinScore > survey.MaxScore)
                {
                    error(id, "maxScore", "scores must satisfy 0 <= minScore <= maxScore <= 9");
                }
                if (string.IsNullOrWhiteSpace(survey.Variable))
                {
                    error(id, "variable", "is required");
                }
                break;
            case HangupNode hangup:
                OptionalPrompt(id, "prompt", hangup.Prompt, error);
                break;
            case GotoNode jump:
                RequireTarget(id, "target", jump.Target, error);
                break;
        }
    }

    private static void ValidateInput(string id, PromptedInputNode node, Action<string?, string, string> error)
    {
        OptionalPrompt(id, "retryPrompt", node.RetryPrompt, error);
        OptionalPrompt(id, "invalidPrompt", node.InvalidPrompt, error);
        if (node.Retries is < 0 or > 10)
        {
            error(id, "retries", "must be between 0 and 10");
        }
        if (!(node.FirstDigitTimeoutSeconds is > 0 and <= 120))
        {
            error(id, "firstDigitTimeoutSeconds", "must be more than 0 and at most 120");
        }
        if (!(node.InterDigitTimeoutSeconds is > 0 and <= 60))
        {
            error(id, "interDigitTimeoutSeconds", "must be more than 0 and at most 60");
        }
    }

    private static void ValidateCalendar(string name, BusinessCalendar calendar, Action<string?, string, string> error)
    {
        var field = $"calendars.{name}";
        if (calendar is null)
        {
            error(null, field, "the calendar is empty");
            return;
        }
        try
        {
            BusinessCalendar.ResolveTimeZone(calendar.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            error(null, field + ".timeZone", $"unknown time zone '{calendar.TimeZone}'");
        }
        for (var i = 0; i < calendar.Hours.Count; i++)
        {
            if (calendar.Hours[i].Days.Count == 0)
            {
                error(null, $"{field}.hours[{i}].days", "names no weekday");
            }
        }
    }

    private static void ValidatePattern(string id, string field, string? pattern, Action<string?, string, string> error)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            error(id, field, "is required");
            return;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            error(id, field, $"is not a valid regular expression: {e.Message}");
        }
    }

    private static void ValidateKey(string id, string field, string? key, Action<string?, string, string> error)
    {
        if (key is not null && (key.Length != 1 || !DtmfKeys.Contains(key[0], StringComparison.Ordinal)))
        {
            error(id, field, $"'{key}' is not a single DTMF key");
        }
    }

    private static void RequirePrompt(string id, string field, IvrPrompt? prompt, Action<string?, string, string> error)
    {
        if (prompt is null)
        {
            error(id, field, "is required");
        }
        else
        {
            OptionalPrompt(id, field, prompt, error);
        }
    }

    private static void OptionalPrompt(string id, string field, IvrPrompt? prompt, Action<string?, string, string> error)
    {
        if (prompt is not null && !prompt.IsValid)
        {
            error(id, field, "needs exactly one of file or say");
        }
    }

    private static void RequireTarget(string id, string field, string? target, Action<string?, string, string> error)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            error(id, field, "is required");
        }
    }

    private static IEnumerable<string> Successors(IvrFlow flow, IvrNode? node) =>
        node is null ? [] : node.Targets().Select(t => t.Target).OfType<string>().Where(flow.Nodes.ContainsKey).Distinct(StringComparer.Ordinal);

    private static void ReportUnreachable(IvrFlow flow, Action<string?, string, string> warn)
    {
        if (!flow.Nodes.ContainsKey(flow.Start ?? string.Empty))
        {
            return;
        }
        var reached = new HashSet<string>(StringComparer.Ordinal) { flow.Start! };
        var pending = new Stack<string>([flow.Start!]);
        while (pending.TryPop(out var id))
        {
            foreach (var next in Successors(flow, flow.Nodes[id]))
            {
                if (reached.Add(next))
                {
                    pending.Push(next);
                }
            }
        }
        foreach (var id in flow.Nodes.Keys.Where(k => !reached.Contains(k)).Order(StringComparer.Ordinal))
        {
            warn(id, "id", "the node is unreachable from the start node");
        }
    }

    /// <summary>A cycle whose nodes never wait for input would spin: report each such cycle once.</summary>
    private static void ReportSpinningCycles(IvrFlow flow, Action<string?, string, string> error)
    {
        // Depth-first search over nodes that do not wait; waiting nodes break every cycle through them.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        var stack = new List<string>();
        foreach (var root in flow.Nodes.Keys.Order(StringComparer.Ordinal))
        {
            Visit(root);
        }

        void Visit(string id)
        {
            var node = flow.Nodes[id];
            if (node is null || node.WaitsForInput || state.ContainsKey(id))
            {
                return;
            }
            state[id] = 1;
            stack.Add(id);
            foreach (var next in Successors(flow, node))
            {
                if (state.TryGetValue(next, out var s) && s == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(next)).Append(next);
                    error(next, "next", $"cycle without a collect node would spin: {string.Join(" -> ", cycle)}");
                }
                else
                {
                    Visit(next);
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }
    }
}
