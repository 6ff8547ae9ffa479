using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;

namespace Hotline.Grains.Tests.Reviews;

[Trait("Category", "Unit")]
public sealed class ReviewPolicyTests
{
    private const string Employee = "8001";

    public static TheoryData<string, string, bool> Steps => new()
    {
        // step, actor, allowed
        { "draft", "system", true }, { "draft", "hr", true }, { "draft", "supervisor", false }, { "draft", "agent", false }, { "draft", "self-hr", false },
        { "comment", "supervisor", true }, { "comment", "manager", true }, { "comment", "hr", false }, { "comment", "agent", false }, { "comment", "self-supervisor", false },
        { "approve", "hr", true }, { "approve", "supervisor", false }, { "approve", "system", false }, { "approve", "self-hr", false }, { "approve", "admin", true },
        { "acknowledge", "self", true }, { "acknowledge", "agent", false }, { "acknowledge", "hr", false }, { "acknowledge", "admin", false },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void Each_step_is_allowed_only_to_its_roles(string step, string actorName, bool allowed)
    {
        var actor = Actor(actorName);
        Action check = step switch
        {
            "draft" => () => ReviewPolicy.RequireDrafter(actor, Employee),
            "comment" => () => ReviewPolicy.RequireCommenter(actor, Employee),
            "approve" => () => ReviewPolicy.RequireApprover(actor, Employee),
            _ => () => ReviewPolicy.RequireEmployee(actor, Employee),
        };

        if (allowed)
            check();
        else
            Assert.Throws<PeopleAccessException>(check);
    }

    [Theory]
    [InlineData("self", ReviewState.Draft, false)]
    [InlineData("self", ReviewState.Commented, false)]
    [InlineData("self", ReviewState.Approved, true)]
    [InlineData("agent", ReviewState.Approved, false)]
    [InlineData("supervisor", ReviewState.Draft, true)]
    [InlineData("hr", ReviewState.Draft, true)]
    public void The_employee_reads_the_review_once_approved(string actorName, ReviewState state, bool allowed)
    {
        Assert.Equal(allowed, ReviewPolicy.CanRead(Actor(actorName), Employee, state));
    }

    private static PeopleActor Actor(string name) => name switch
    {
        "system" => PeopleActor.System,
        "self" => new PeopleActor(Employee, [PlatformRole.Agent]),
        "self-hr" => new PeopleActor(Employee, [PlatformRole.Hr]),
        "self-supervisor" => new PeopleActor(Employee, [PlatformRole.Supervisor]),
        "agent" => new PeopleActor("8002", [PlatformRole.Agent]),
        _ => new PeopleActor(name + "-1", [name]),
    };
}
