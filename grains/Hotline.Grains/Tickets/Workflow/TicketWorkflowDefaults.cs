using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>The workflows the store is seeded with: complaints, help and suggestions go to units and are visited back; enquiries and praise are answered by the hotline.</summary>
public static class TicketWorkflowDefaults
{
    private static readonly string[] Leads = [PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin];
    private static readonly string[] Hotline = [PlatformRole.Agent, .. Leads];
    private static readonly string[] Units = [PlatformRole.HandlingUnit, PlatformRole.Enterprise, .. Leads];

    /// <summary>The default workflow of <paramref name="type"/>.</summary>
    public static TicketWorkflowDefinition For(TicketType type) => type switch
    {
        TicketType.Enquiry or TicketType.Praise => new TicketWorkflowDefinition
        {
            Dispatch = false,
            Review = true,
            ReturnVisit = false,
            Roles = RolesWith(handlers: Hotline),
        },
        TicketType.Suggestion => new TicketWorkflowDefinition { ReturnVisit = false, Roles = RolesWith(handlers: Units) },
        _ => new TicketWorkflowDefinition { Roles = RolesWith(handlers: Units) },
    };

    private static Dictionary<string, string[]> RolesWith(string[] handlers) => new(StringComparer.Ordinal)
    {
        [TicketActionName.Of(TicketAction.Dispatch)] = Hotline,
        [TicketActionName.Of(TicketAction.Accept)] = handlers,
        [TicketActionName.Of(TicketAction.SendBack)] = handlers,
        [TicketActionName.Of(TicketAction.Reply)] = handlers,
        [TicketActionName.Of(TicketAction.Review)] = Leads,
        [TicketActionName.Of(TicketAction.Visit)] = [.. Hotline, PlatformRole.System],
        [TicketActionName.Of(TicketAction.Close)] = [.. Hotline, PlatformRole.System],
        [TicketActionName.Of(TicketAction.Reopen)] = Hotline,
        [TicketActionName.Of(TicketAction.RequestExtension)] = handlers,
        [TicketActionName.Of(TicketAction.DecideExtension)] = Leads,
        [TicketActionName.Of(TicketAction.Urge)] = [.. Hotline, PlatformRole.System],
        [TicketActionName.Of(TicketAction.Escalate)] = [.. Leads, PlatformRole.System],
        [TicketActionName.Of(TicketAction.MarkMajor)] = [.. Leads, PlatformRole.System],
        [TicketActionName.Of(TicketAction.Merge)] = Hotline,
        [TicketActionName.Of(TicketAction.Absorb)] = Hotline,
    };
}
