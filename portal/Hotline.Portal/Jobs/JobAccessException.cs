namespace Hotline.Portal.Jobs;

/// <summary>Someone other than a job's owner (or an administrator) tried to act on it.</summary>
public sealed class JobAccessException(string message) : Exception(message);
