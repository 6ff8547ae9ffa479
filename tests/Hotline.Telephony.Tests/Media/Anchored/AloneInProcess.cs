namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Tests that count the process's open file handles: they run after the parallel tests, alone, so that no other test's
/// sockets and files come and go while they count.
/// </summary>
[CollectionDefinition(nameof(AloneInProcess), DisableParallelization = true)]
public sealed class AloneInProcess;
