namespace Hotline.Benchmarks.Acd;

/// <summary>The size of one ACD run: agents (each with a few of the skills), queues (one skill each) and skills.</summary>
internal sealed record AcdShape(string Name, int Agents, int Queues, int Skills, int SkillsPerAgent = 3);
