namespace Hotline.Portal.Administration;

/// <summary>What is wrong with an edited workflow document: the resource key (AdminText) and the value it names (action, role or parser message).</summary>
public sealed record WorkflowIssue(string Key, string Argument);
