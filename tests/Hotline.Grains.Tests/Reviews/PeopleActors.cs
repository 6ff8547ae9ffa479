using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Tests.Reviews;

/// <summary>The people of the training, roster and review tests.</summary>
internal static class PeopleActors
{
    public static readonly PeopleActor Agent = new("8001", [PlatformRole.Agent]);
    public static readonly PeopleActor OtherAgent = new("8002", [PlatformRole.Agent]);
    public static readonly PeopleActor Trainer = new("trainer-1", [PlatformRole.Trainer]);
    public static readonly PeopleActor Supervisor = new("supervisor-1", [PlatformRole.Supervisor]);
    public static readonly PeopleActor Manager = new("manager-1", [PlatformRole.Manager]);
    public static readonly PeopleActor Hr = new("hr-1", [PlatformRole.Hr]);
    public static readonly PeopleActor Inspector = new("inspector-1", [PlatformRole.Inspector]);
    public static readonly PeopleActor Admin = new("admin", [PlatformRole.Admin]);
    public static readonly PeopleActor System = PeopleActor.System;
}
