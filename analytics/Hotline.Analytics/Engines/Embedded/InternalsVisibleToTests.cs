using System.Runtime.CompilerServices;

// The signal-handler and lock tests inspect the native plumbing directly.
[assembly: InternalsVisibleTo("Hotline.Analytics.Tests")]
