namespace Hotline.Grains.Abstractions.People;

/// <summary>The platform's role names (DESIGN.md "Who uses it"); sign-in and tokens carry them, grains check them.</summary>
public static class PlatformRole
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Manager = "manager";
    public const string Inspector = "inspector";
    public const string QaLead = "qa-lead";
    public const string Trainer = "trainer";
    public const string Hr = "hr";
    public const string Analyst = "analyst";
    public const string Executive = "executive";
    public const string Operator = "operator";
    public const string Admin = "admin";
    public const string HandlingUnit = "handling-unit";
    public const string Enterprise = "enterprise";

    /// <summary>The platform itself: sweepers and intake act under it.</summary>
    public const string System = "system";

    /// <summary>Every role a user or partner can hold.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Agent, Supervisor, Manager, Inspector, QaLead, Trainer, Hr, Analyst, Executive, Operator, Admin, HandlingUnit, Enterprise];
}
