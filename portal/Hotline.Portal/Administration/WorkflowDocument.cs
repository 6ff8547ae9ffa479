using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;

namespace Hotline.Portal.Administration;

/// <summary>The JSON form of a workflow as the editor shows it, and the check of an edited one: known actions, known roles, no guarded action left without a role.</summary>
public static class WorkflowDocument
{
    private static readonly JsonSerializerOptions Shown = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // A misspelt property would otherwise be dropped silently and its step fall back to the default.
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    // The sweepers and intake act as the system, so it may be granted an action beside the roles people hold.
    private static readonly HashSet<string> KnownRoles = [.. PlatformRole.All, PlatformRole.System];

    private static readonly HashSet<string> Actions = [.. Enum.GetValues<TicketAction>().Where(a => a != TicketAction.Intake).Select(TicketActionName.Of)];

    /// <summary>The indented JSON of <paramref name="definition"/>.</summary>
    public static string Write(TicketWorkflowDefinition definition) => JsonSerializer.Serialize(definition, Shown);

    /// <summary>The definition <paramref name="json"/> holds, or null with the issues that make it unusable.</summary>
    public static TicketWorkflowDefinition? Read(string? json, TicketType type, out IReadOnlyList<WorkflowIssue> issues)
    {
        TicketWorkflowDefinition? definition;
        try
        {
            definition = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<TicketWorkflowDefinition>(json, Strict);
        }
        catch (JsonException ex)
        {
            issues = [new WorkflowIssue("WorkflowJsonInvalid", ex.Message)];
            return null;
        }

        if (definition is null)
        {
            issues = [new WorkflowIssue("WorkflowJsonEmpty", type.ToString())];
            return null;
        }

        var found = new List<WorkflowIssue>();
        foreach (var (action, roles) in definition.Roles)
        {
            if (!Actions.Contains(action))
                found.Add(new WorkflowIssue("WorkflowUnknownAction", action));
            found.AddRange((roles ?? []).Where(role => !KnownRoles.Contains(role)).Select(role => new WorkflowIssue("WorkflowUnknownRole", $"{action}: {role}")));
        }

        // An action the default workflow guards but the edit leaves without roles could never be taken again.
        foreach (var action in TicketWorkflowDefaults.For(type).Roles.Keys.Where(a => !definition.Roles.TryGetValue(a, out var roles) || roles is not { Length: > 0 }))
            found.Add(new WorkflowIssue("WorkflowActionWithoutRoles", action));
        issues = found;
        return found.Count == 0 ? definition : null;
    }
}
