using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The people of the knowledge tests, with the roles the default libraries give rights to.</summary>
internal static class KnowledgeActors
{
    public static readonly KnowledgeActor Trainer = new("trainer-1", [PlatformRole.Trainer]);
    public static readonly KnowledgeActor Supervisor = new("supervisor-1", [PlatformRole.Supervisor]);
    public static readonly KnowledgeActor Manager = new("manager-1", [PlatformRole.Manager]);
    public static readonly KnowledgeActor QaLead = new("qa-lead-1", [PlatformRole.QaLead]);
    public static readonly KnowledgeActor Agent = new("8001", [PlatformRole.Agent]);
    public static readonly KnowledgeActor Admin = new("admin", [PlatformRole.Admin]);
    public static readonly KnowledgeActor Enterprise = new("ent-1", [PlatformRole.Enterprise]);
}
