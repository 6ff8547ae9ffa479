using System.Globalization;
using System.Security.Claims;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Categories;
using Hotline.Portal.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Administration;

/// <summary>Category administration on the operational store through <see cref="TicketCategoryEdits"/>; a refusal's detail is the wrong field.</summary>
public sealed class StoreTicketCategoryAdministration(IDbContextFactory<OperationalDbContext> contexts, AuditLog audit, TicketCategoryCache tree) : ITicketCategoryAdministration
{
    /// <summary>The audit action of a changed category.</summary>
    public const string AuditActionName = "category-change";

    /// <summary>The prefix of a refusal's resource key (AdminText), followed by the <see cref="TicketCategoryRefusal"/> name.</summary>
    public const string RefusalPrefix = "CategoryRefused_";

    /// <inheritdoc />
    public async Task<IReadOnlyList<TicketCategoryRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await TicketCategoryCatalog.ListAsync(db, cancellationToken);
        var tree = new TicketCategoryTree(categories);
        return [.. categories.Select(c =>
        {
            var (hours, source) = tree.InheritedSla(c.Code);
            return new TicketCategoryRow(c.Code, c.ParentCode, c.Name, tree.Depth(c.Code), c.SlaHours, hours, source, c.Enabled);
        })];
    }

    /// <inheritdoc />
    public Task<AdminOutcome> AddAsync(ClaimsPrincipal actor, string? code, string? name, int? slaHours, CancellationToken cancellationToken) =>
        EditAsync(actor, code ?? "", (db, ct) => TicketCategoryEdits.AddAsync(db, code, name, slaHours, ct), $"added \"{name?.Trim()}\", SLA {Hours(slaHours)}", cancellationToken);

    /// <inheritdoc />
    public Task<AdminOutcome> RenameAsync(ClaimsPrincipal actor, string code, string? name, CancellationToken cancellationToken) =>
        EditAsync(actor, code, (db, ct) => TicketCategoryEdits.RenameAsync(db, code, name, ct), $"renamed to \"{name?.Trim()}\"", cancellationToken);

    /// <inheritdoc />
    public Task<AdminOutcome> SetSlaHoursAsync(ClaimsPrincipal actor, string code, int? slaHours, CancellationToken cancellationToken) =>
        EditAsync(actor, code, (db, ct) => TicketCategoryEdits.SetSlaHoursAsync(db, code, slaHours, ct), $"SLA {Hours(slaHours)}", cancellationToken);

    /// <inheritdoc />
    public Task<AdminOutcome> SetEnabledAsync(ClaimsPrincipal actor, string code, bool enabled, CancellationToken cancellationToken) =>
        EditAsync(actor, code, (db, ct) => TicketCategoryEdits.SetEnabledAsync(db, code, enabled, ct), enabled ? "enabled" : "disabled", cancellationToken);

    private async Task<AdminOutcome> EditAsync(
        ClaimsPrincipal actor, string code, Func<OperationalDbContext, CancellationToken, Task> edit, string detail, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            try
            {
                await edit(db, cancellationToken);
            }
            catch (TicketCategoryEditException ex)
            {
                return new AdminOutcome(RefusalPrefix + ex.Refusal, ex.Field);
            }
        }

        // Intake in this process sees the change at once (other silos within the tree's age limit).
        tree.Forget();

        await audit.RecordAsync(actor, AuditActionName, $"category:{code.Trim()}", detail, cancellationToken);
        return AdminOutcome.Done;
    }

    private static string Hours(int? hours) => hours is { } h ? string.Create(CultureInfo.InvariantCulture, $"{h} h") : "inherited";
}
