namespace Hotline.Grains.Abstractions.Queues;

/// <summary>Which queues need which skill (one instance, key 0): agents ask it where to announce themselves.</summary>
public interface IQueueDirectoryGrain : IGrainWithIntegerKey
{
    Task RegisterAsync(string queue, string skill);

    Task<IReadOnlyList<string>> QueuesForSkillAsync(string skill);
}
