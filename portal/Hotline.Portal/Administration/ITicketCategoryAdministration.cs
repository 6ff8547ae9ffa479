using System.Security.Claims;

namespace Hotline.Portal.Administration;

/// <summary>Lists and edits the ticket category tree (names, SLA hours, enabled); every change is audited. Refusals carry the wrong field as detail.</summary>
public interface ITicketCategoryAdministration
{
    /// <summary>Every category in tree order, with the SLA it applies (own or inherited).</summary>
    Task<IReadOnlyList<TicketCategoryRow>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="code"/> under the parent its dotted code names.</summary>
    Task<AdminOutcome> AddAsync(ClaimsPrincipal actor, string? code, string? name, int? slaHours, CancellationToken cancellationToken);

    /// <summary>Renames <paramref name="code"/>.</summary>
    Task<AdminOutcome> RenameAsync(ClaimsPrincipal actor, string code, string? name, CancellationToken cancellationToken);

    /// <summary>Sets or (null) clears the SLA hours of <paramref name="code"/>.</summary>
    Task<AdminOutcome> SetSlaHoursAsync(ClaimsPrincipal actor, string code, int? slaHours, CancellationToken cancellationToken);

    /// <summary>Enables or retires <paramref name="code"/>.</summary>
    Task<AdminOutcome> SetEnabledAsync(ClaimsPrincipal actor, string code, bool enabled, CancellationToken cancellationToken);
}
