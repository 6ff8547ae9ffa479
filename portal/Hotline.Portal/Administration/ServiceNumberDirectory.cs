using System.Security.Claims;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Identity;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Administration;

/// <summary>
/// The service-number registry as administrators edit it: add a number, bind it to an existing flow that validates, rename, enable, disable
/// and remove it. Changes go to the operational store (which every silo's number table follows), take effect on this silo at once, and are audited.
/// </summary>
public sealed class ServiceNumberDirectory(ServiceNumberStore store, IvrFlowCatalog catalog, TelephonyCatalogSync sync, AuditLog audit)
{
    /// <summary>The audit action of a change to the numbers.</summary>
    public const string AuditActionName = "service-number-change";

    /// <summary>The form fields a refusal can name.</summary>
    public const string NumberField = "Number";
    public const string DisplayNameField = "DisplayName";
    public const string FlowField = "Flow";

    /// <summary>The flows a number can be bound to, by name.</summary>
    public IReadOnlyList<string> FlowNames => catalog.Names;

    /// <summary>Every number with its flow, by number.</summary>
    public async Task<IReadOnlyList<ServiceNumberRow>> ListAsync(CancellationToken cancellationToken)
    {
        var known = catalog.Names.ToHashSet(StringComparer.Ordinal);
        return [.. (await store.ListAsync(cancellationToken)).Select(n =>
        {
            var flow = known.Contains(n.Flow) ? catalog.Get(n.Flow) : null;
            return new ServiceNumberRow(n.Number, n.DisplayName, n.Enabled, n.Flow, flow?.Name, flow?.Version);
        })];
    }

    /// <summary>Adds the form's number; refused (nothing written) when a field is wrong or the number exists.</summary>
    public async Task<AdminOutcome> AddAsync(ClaimsPrincipal actor, ServiceNumberForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var number = form.Number?.Trim() ?? "";
        if (!ServiceNumberRules.IsValidNumber(number))
            return new AdminOutcome("NumbersErrorNumberFormat", number, NumberField);
        if (Refusal(form) is { } refused)
            return refused;
        if (!await store.AddAsync(number, form.Flow!, form.DisplayName!.Trim(), form.Enabled, cancellationToken))
            return new AdminOutcome("NumbersErrorNumberTaken", number, NumberField);
        await sync.RefreshAsync(cancellationToken);
        await audit.RecordAsync(actor, AuditActionName, $"number:{number}", $"added, flow {form.Flow}, {(form.Enabled ? "enabled" : "disabled")}", cancellationToken);
        return AdminOutcome.Done;
    }

    /// <summary>Rebinds, renames, enables or disables the form's existing number; refused when a field is wrong or the number is gone.</summary>
    public async Task<AdminOutcome> UpdateAsync(ClaimsPrincipal actor, ServiceNumberForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var number = form.Number?.Trim() ?? "";
        if (Refusal(form) is { } refused)
            return refused;
        var before = (await store.ListAsync(cancellationToken)).FirstOrDefault(n => n.Number == number);
        if (before is null || !await store.UpdateAsync(number, form.Flow!, form.DisplayName!.Trim(), form.Enabled, cancellationToken))
            return new AdminOutcome("NumbersErrorNotFound", number, NumberField);
        await sync.RefreshAsync(cancellationToken);
        await audit.RecordAsync(actor, AuditActionName, $"number:{number}",
            $"flow {before.Flow} -> {form.Flow}, {(before.Enabled ? "enabled" : "disabled")} -> {(form.Enabled ? "enabled" : "disabled")}", cancellationToken);
        return AdminOutcome.Done;
    }

    /// <summary>Enables or disables a number, keeping its binding.</summary>
    public async Task<AdminOutcome> SetEnabledAsync(ClaimsPrincipal actor, string number, bool enabled, CancellationToken cancellationToken)
    {
        var current = (await store.ListAsync(cancellationToken)).FirstOrDefault(n => n.Number == number);
        if (current is null)
            return new AdminOutcome("NumbersErrorNotFound", number, NumberField);
        return await UpdateAsync(actor, new ServiceNumberForm { Number = number, DisplayName = current.DisplayName, Flow = current.Flow, Enabled = enabled }, cancellationToken);
    }

    /// <summary>Removes a number: its calls are refused like any unknown number's from then on.</summary>
    public async Task<AdminOutcome> RemoveAsync(ClaimsPrincipal actor, string number, CancellationToken cancellationToken)
    {
        if (!await store.RemoveAsync(number, cancellationToken))
            return new AdminOutcome("NumbersErrorNotFound", number, NumberField);
        await sync.RefreshAsync(cancellationToken);
        await audit.RecordAsync(actor, AuditActionName, $"number:{number}", "removed", cancellationToken);
        return AdminOutcome.Done;
    }

    // Display name and flow, checked the same way for a new number and an edited one.
    private AdminOutcome? Refusal(ServiceNumberForm form)
    {
        if (!ServiceNumberRules.IsValidDisplayName(form.DisplayName))
            return new AdminOutcome("NumbersErrorDisplayName", form.DisplayName, DisplayNameField);
        if (string.IsNullOrWhiteSpace(form.Flow) || !catalog.Names.Contains(form.Flow, StringComparer.Ordinal))
            return new AdminOutcome("NumbersErrorFlowUnknown", form.Flow, FlowField);
        var validation = IvrFlowValidator.Validate(catalog.Get(form.Flow));
        return validation.IsValid ? null : new AdminOutcome("NumbersErrorFlowInvalid", $"{form.Flow}: {string.Join("; ", validation.Errors.Take(3))}", FlowField);
    }
}
