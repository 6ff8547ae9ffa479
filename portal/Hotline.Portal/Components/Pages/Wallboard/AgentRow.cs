using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Portal.Components.Pages.Wallboard;

/// <summary>An agent on the wallboard: who it is and its latest state.</summary>
public sealed record AgentRow(string Extension, string DisplayName, AgentSnapshot Snapshot);
