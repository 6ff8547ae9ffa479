using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotline.Telephony.Ivr;

/// <summary>One run of a flow: the interpreter loop, variables and path.</summary>
internal sealed class IvrRun
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);
    private readonly IvrEngine _engine;
    private readonly IvrFlow _flow;
    private readonly IIvrChannel _channel;
    private readonly CancellationToken _ct;
    private readonly Dictionary<string, string> _variables;
    private readonly List<IvrPathStep> _path = [];
    private readonly string? _caller;
    private string? _current;
    private int _entryIndex = -1;

    public IvrRun(IvrEngine engine, IvrFlow flow, IIvrChannel channel, IvrContext context, CancellationToken ct)
    {
        _engine = engine;
        _flow = flow;
        _channel = channel;
        _ct = ct;
        _caller = context.CallerNumber;
        _variables = new Dictionary<string, string>(context.Variables, StringComparer.Ordinal);
        _variables.TryAdd("caller", context.CallerNumber ?? string.Empty);
        _variables.TryAdd("called", context.CalledNumber ?? string.Empty);
        _variables.TryAdd("callId", context.CallId ?? string.Empty);
    }

    public async Task<IvrOutcome> ExecuteAsync()
    {
        var nodeId = _flow.Start;
        for (var steps = 0; ; steps++)
        {
            _ct.ThrowIfCancellationRequested();
            if (steps >= _engine.MaxSteps)
            {
                return Finish(IvrOutcomeKind.Failed, reason: $"step limit {_engine.MaxSteps} reached");
            }
            if (!_flow.Nodes.TryGetValue(nodeId, out var node) || node is null)
            {
                return Finish(IvrOutcomeKind.Failed, reason: $"missing node '{nodeId}'");
            }
            _current = nodeId;
            Trace(null, null);
            var step = await ExecuteNodeAsync(node);
            if (step.Outcome is not null)
            {
                return step.Outcome;
            }
            nodeId = step.Next!;
        }
    }

    public IvrOutcome Finish(IvrOutcomeKind kind, string? reason = null, string? queue = null, int priority = 0,
        IvrRecording? recording = null, string? callbackNumber = null, int? score = null) => new()
        {
            Kind = kind,
            FlowId = _flow.Id,
            FlowVersion = _flow.Version,
            Queue = queue,
            Priority = priority,
            Recording = recording,
            CallbackNumber = callbackNumber,
            SurveyScore = score,
            Reason = reason,
            EndNode = _current,
            Variables = new Dictionary<string, string>(_variables, StringComparer.Ordinal),
            Path = _path.ToArray(),
        };

    private Task<Step> ExecuteNodeAsync(IvrNode node) => node switch
    {
        PlayNode n => PlayNodeAsync(n),
        CollectNode n => CollectNodeAsync(n),
        TimeBranchNode n => Task.FromResult(TimeBranch(n)),
        SetVariableNode n => Task.FromResult(SetVariable(n)),
        RouteToQueueNode n => QueueAsync(n),
        VoicemailNode n => VoicemailAsync(n),
        CallbackRequestNode n => CallbackAsync(n),
        QueryTicketNode n => QueryTicketAsync(n),
        SurveyNode n => SurveyAsync(n),
        HangupNode n => HangupAsync(n),
        GotoNode n => Task.FromResult(Step.To(n.Target!)),
        _ => Task.FromResult(Step.End(Finish(IvrOutcomeKind.Failed, reason: $"unsupported node type {node.GetType().Name}"))),
    };

    private async Task<Step> PlayNodeAsync(PlayNode node)
    {
        await PlayAsync(node.Prompt, node.Interruptible);
        return Step.To(node.Next!);
    }

    private async Task<Step> CollectNodeAsync(CollectNode node)
    {
        var request = Request(node, node.MaxDigits, node.Terminator);
        var input = await CollectAsync(node, request, digits => digits.Length >= node.MinDigits && Match(node, digits) is not null);
        switch (input.Result)
        {
            case InputResult.Valid:
                if (node.Variable is not null)
                {
                    _variables[node.Variable] = input.Digits;
                }
                return Step.To(Match(node, input.Digits)!);
            case InputResult.NoInput when (node.OnTimeout ?? node.Default) is { } timeoutNext:
                return Step.To(timeoutNext);
            case InputResult.Invalid when node.Default is { } defaultNext:
                return Step.To(defaultNext);
            default:
                return Step.End(Finish(IvrOutcomeKind.Completed, reason: input.Result == InputResult.NoInput ? "no input" : "invalid input"));
        }
    }

    private static string? Match(CollectNode node, string digits)
    {
        if (node.Branches.Count == 0)
        {
            return node.Next;
        }
        foreach (var branch in node.Branches)
        {
            if (branch.Digits is { Length: > 0 } exact
                ? string.Equals(exact, digits, StringComparison.Ordinal)
                : branch.Pattern is { Length: > 0 } pattern && Regex.IsMatch(digits, pattern, RegexOptions.CultureInvariant, RegexTimeout))
            {
                return branch.Next;
            }
        }
        return null;
    }

    private Step TimeBranch(TimeBranchNode node)
    {
        var state = _flow.Calendars[node.Calendar!].GetState(_engine.Time.GetUtcNow());
        Trace(null, state.ToString().ToLowerInvariant());
        return Step.To(state switch
        {
            BusinessState.Open => node.Open!,
            BusinessState.Holiday => node.Holiday ?? node.Closed!,
            _ => node.Closed!,
        });
    }

    private Step SetVariable(SetVariableNode node)
    {
        _variables[node.Name!] = IvrText.Substitute(node.Value, _variables);
        return Step.To(node.Next!);
    }

    private async Task<Step> QueueAsync(RouteToQueueNode node)
    {
        await PlayAsync(node.Prompt, interruptible: false);
        return Step.End(Finish(IvrOutcomeKind.Queue, queue: node.Queue, priority: node.Priority));
    }

    private async Task<Step> VoicemailAsync(VoicemailNode node)
    {
        await PlayAsync(node.Prompt, interruptible: false);
        _channel.DiscardBufferedDigits(); // a '#' typed during the prompt must not end the recording at once
        var request = new RecordRequest(TimeSpan.FromSeconds(node.MaxLengthSeconds), Key(node.FinishKey), node.Beep);
        var recording = await _channel.RecordAsync(request, _ct);
        if (recording is null || recording.Duration <= TimeSpan.Zero)
        {
            Trace(null, "empty");
            return node.OnEmpty is { } next ? Step.To(next) : Step.End(Finish(IvrOutcomeKind.Completed, reason: "no message recorded"));
        }
        Trace(null, "recorded");
        _variables["voicemailFile"] = recording.FilePath;
        await PlayAsync(node.ThanksPrompt, interruptible: false);
        return Step.End(Finish(IvrOutcomeKind.Voicemail, recording: recording));
    }

    private async Task<Step> CallbackAsync(CallbackRequestNode node)
    {
        string? number = null;
        if (!string.IsNullOrEmpty(_caller) && node.ConfirmPrompt is not null)
        {
            var confirm = await CollectAsync(node with { Prompt = node.ConfirmPrompt, RetryPrompt = null },
                Request(node, 1, null), d => d is "1" or "2");
            if (confirm.Digits == "1" || confirm.Result == InputResult.NoInput)
            {
                // Silence after "press 1 to use this number" takes the caller's own number: the safer default for a callback.
                number = _caller;
            }
        }
        if (number is null)
        {
            var keyed = await CollectAsync(node, Request(node, node.MaxDigits, node.Terminator),
                d => Regex.IsMatch(d, node.NumberPattern, RegexOptions.CultureInvariant, RegexTimeout));
            if (keyed.Result != InputResult.Valid)
            {
                return node.Default is { } next ? Step.To(next) : Step.End(Finish(IvrOutcomeKind.Completed, reason: "no callback number"));
            }
            number = keyed.Digits;
        }
        _variables["callbackNumber"] = number;
        await PlayAsync(node.ThanksPrompt, interruptible: false);
        return Step.End(Finish(IvrOutcomeKind.Callback, callbackNumber: number));
    }

    private async Task<Step> QueryTicketAsync(QueryTicketNode node)
    {
        var input = await CollectAsync(node, Request(node, node.MaxDigits, node.Terminator), d => d.Length >= node.MinDigits);
        if (input.Result != InputResult.Valid)
        {
            return Step.To(node.Default ?? node.Next!);
        }
        _variables["ticketNumber"] = input.Digits;
        string say;
        if (_engine.TicketLookup is null)
        {
            Trace(null, "unavailable");
            say = node.UnavailableSay;
        }
        else
        {
            TicketStatusInfo? info;
            try
            {
                info = await _engine.TicketLookup.FindAsync(input.Digits, _caller, _ct);
            }
            catch (Exception) when (!_ct.IsCancellationRequested)
            {
                // A failing lookup must not drop the caller: say so and carry on with the flow.
                Trace(null, "unavailable");
                await SayAsync(node.UnavailableSay);
                return Step.To(node.Next!);
            }
            if (info is null)
            {
                Trace(null, "not-found");
                say = node.NotFoundSay;
            }
            else
            {
                Trace(null, "found");
                _variables["ticketStatus"] = info.Status;
                _variables["ticketDetail"] = info.Detail ?? string.Empty;
                say = node.FoundSay;
            }
        }
        await SayAsync(say);
        return Step.To(node.Next!);
    }

    private async Task<Step> SurveyAsync(SurveyNode node)
    {
        var input = await CollectAsync(node, Request(node, 1, null),
            d => d.Length == 1 && d[0] - '0' >= node.MinScore && d[0] - '0' <= node.MaxScore);
        if (input.Result != InputResult.Valid)
        {
            return Step.End(Finish(IvrOutcomeKind.Survey, reason: input.Result == InputResult.NoInput ? "no input" : "invalid input"));
        }
        var score = input.Digits[0] - '0';
        _variables[node.Variable] = score.ToString(CultureInfo.InvariantCulture);
        await PlayAsync(node.ThanksPrompt, interruptible: false);
        return Step.End(Finish(IvrOutcomeKind.Survey, score: score));
    }

    private async Task<Step> HangupAsync(HangupNode node)
    {
        await PlayAsync(node.Prompt, interruptible: false);
        return Step.End(Finish(IvrOutcomeKind.Completed, reason: node.Reason ?? "hangup"));
    }

    /// <summary>Prompt, collect, validate with retries. Surplus buffered digits are discarded after every attempt.</summary>
    private async Task<Input> CollectAsync(PromptedInputNode node, DigitCollectRequest request, Func<string, bool> isValid)
    {
        var result = InputResult.NoInput;
        for (var attempt = 0; attempt <= node.Retries; attempt++)
        {
            await PlayAsync(attempt == 0 ? node.Prompt : node.RetryPrompt ?? node.Prompt, interruptible: true);
            var collected = await _channel.CollectDigitsAsync(request, _ct);
            _channel.DiscardBufferedDigits();
            var digits = collected.Digits ?? string.Empty;
            if (digits.Length == 0 && collected.Status == DigitCollectStatus.Timeout)
            {
                Trace(null, "timeout");
                result = InputResult.NoInput;
                continue;
            }
            if (isValid(digits))
            {
                Trace(digits, null);
                return new Input(InputResult.Valid, digits);
            }
            Trace(digits, "invalid");
            result = InputResult.Invalid;
            if (attempt < node.Retries)
            {
                await PlayAsync(node.InvalidPrompt, interruptible: true);
            }
        }
        return new Input(result, string.Empty);
    }

    private static DigitCollectRequest Request(PromptedInputNode node, int maxDigits, string? terminator) =>
        new(maxDigits, TimeSpan.FromSeconds(node.FirstDigitTimeoutSeconds), TimeSpan.FromSeconds(node.InterDigitTimeoutSeconds), Key(terminator));

    private static char? Key(string? key) => string.IsNullOrEmpty(key) ? null : key[0];

    private Task PlayAsync(IvrPrompt? prompt, bool interruptible)
    {
        if (prompt is null)
        {
            return Task.CompletedTask;
        }
        var resolved = prompt.Say is null ? prompt : prompt with { Say = IvrText.Substitute(prompt.Say, _variables) };
        return _channel.PlayAsync(resolved, interruptible, _ct);
    }

    private Task SayAsync(string template) => PlayAsync(IvrPrompt.Text(template), interruptible: false);

    /// <summary>Adds a path step; a node's first input or decision is folded into its entry step to keep the CDR path short.</summary>
    private void Trace(string? digits, string? evt)
    {
        var step = new IvrPathStep(_current!, digits, evt, _engine.Time.GetUtcNow());
        if ((digits is not null || evt is not null) && _entryIndex == _path.Count - 1 && _path[^1] is { Digits: null, Event: null })
        {
            _path[^1] = step with { At = _path[^1].At };
            return;
        }
        if (digits is null && evt is null)
        {
            _entryIndex = _path.Count;
        }
        _path.Add(step);
    }

    private enum InputResult
    {
        Valid,
        NoInput,
        Invalid,
    }

    private readonly record struct Input(InputResult Result, string Digits);

    private readonly record struct Step(string? Next, IvrOutcome? Outcome)
    {
        public static Step To(string next) => new(next, null);

        public static Step End(IvrOutcome outcome) => new(null, outcome);
    }
}
