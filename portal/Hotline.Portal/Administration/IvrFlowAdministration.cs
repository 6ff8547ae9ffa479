using System.Security.Claims;
using System.Text.Json;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Identity;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Administration;

/// <summary>
/// The IVR flow editor's service: lists the catalog's flows, checks edited JSON with the flow validator and saves valid flows as a new
/// version in the operational store (which every silo's catalog follows) and into this silo's catalog (used by its next call); saves are audited.
/// </summary>
public sealed class IvrFlowAdministration(IvrFlowCatalog catalog, IvrFlowStore store, AuditLog audit)
{
    /// <summary>The audit action of a saved flow.</summary>
    public const string AuditActionName = "ivr-flow-change";

    /// <summary>The flows in the catalog, by name.</summary>
    public IReadOnlyList<IvrFlowSummary> List() =>
        [.. catalog.Names.Select(name => (Name: name, Flow: catalog.Get(name))).Select(f => new IvrFlowSummary(f.Name, f.Flow.Name, f.Flow.Version, f.Flow.Nodes.Count))];

    /// <summary>True when the catalog has a flow named <paramref name="name"/>.</summary>
    public bool Exists(string name) => catalog.Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The current flow of <paramref name="name"/>.</summary>
    public IvrFlow Flow(string name) => catalog.Get(name);

    /// <summary>The current flow of <paramref name="name"/> as indented JSON.</summary>
    public string Json(string name) => IvrFlowJson.Serialize(catalog.Get(name));

    /// <summary>Parses and validates <paramref name="json"/> as the new version of the flow <paramref name="name"/>; changes nothing.</summary>
    public IvrFlowCheck Check(string name, string json)
    {
        IvrFlow flow;
        try
        {
            flow = IvrFlowJson.Parse(json ?? string.Empty);
        }
        catch (JsonException ex)
        {
            return new IvrFlowCheck(null, new IvrJsonError(ex.LineNumber + 1, ex.BytePositionInLine + 1, ex.Path, ParserMessage(ex)), []);
        }
        catch (NotSupportedException ex)
        {
            return new IvrFlowCheck(null, new IvrJsonError(null, null, null, ex.Message), []);
        }

        return Check(name, flow);
    }

    /// <summary>Validates <paramref name="flow"/> as the new version of the flow <paramref name="name"/>; changes nothing.</summary>
    public IvrFlowCheck Check(string name, IvrFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var issues = IvrFlowValidator.Validate(flow).Issues.ToList();
        var current = catalog.Get(name);
        if (!string.Equals(flow.Id, current.Id, StringComparison.Ordinal))
        {
            // The id goes into every CDR; a different id would split the flow's history.
            issues.Insert(0, new IvrValidationIssue(IvrIssueSeverity.Error, null, "id", $"must stay '{current.Id}'"));
        }

        return new IvrFlowCheck(flow, null, issues);
    }

    /// <summary>
    /// Saves <paramref name="json"/> as the flow <paramref name="name"/> when it checks valid, raising its version above the current one;
    /// an invalid flow saves nothing. Returns the check (with the saved flow) either way.
    /// </summary>
    public Task<IvrFlowCheck> SaveAsync(ClaimsPrincipal actor, string name, string json, CancellationToken cancellationToken) =>
        SaveCheckedAsync(actor, name, Check(name, json), cancellationToken);

    /// <summary>Saves <paramref name="flow"/> as the flow <paramref name="name"/> when it validates, like the JSON overload.</summary>
    public Task<IvrFlowCheck> SaveAsync(ClaimsPrincipal actor, string name, IvrFlow flow, CancellationToken cancellationToken) =>
        SaveCheckedAsync(actor, name, Check(name, flow), cancellationToken);

    private async Task<IvrFlowCheck> SaveCheckedAsync(ClaimsPrincipal actor, string name, IvrFlowCheck check, CancellationToken cancellationToken)
    {
        if (!check.IsValid)
        {
            return check;
        }

        var current = catalog.Get(name);
        // The store numbers the version above both this catalog's and any newer one another silo saved.
        var saved = await store.SaveAsync(
            name, check.Flow! with { Version = Math.Max(check.Flow!.Version, current.Version + 1) }, actor.Identity?.Name ?? "?", cancellationToken);
        var result = catalog.Replace(name, saved);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"IVR flow '{name}' passed the check but the catalog refused it: {string.Join("; ", result.Errors)}");
        }

        await audit.RecordAsync(actor, AuditActionName, $"ivr:{name}", $"version {current.Version} -> {saved.Version}", cancellationToken);
        return check with { Flow = saved };
    }

    // The parser repeats path and position after its message; the page shows them already.
    private static string ParserMessage(JsonException ex)
    {
        var cut = ex.Message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? ex.Message[..cut] : ex.Message;
    }
}
