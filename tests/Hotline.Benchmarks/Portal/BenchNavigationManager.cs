using Microsoft.AspNetCore.Components;

namespace Hotline.Benchmarks.Portal;

/// <summary>The navigation a session would have on <c>/wallboard</c>; nothing navigates during the benchmark.</summary>
internal sealed class BenchNavigationManager : NavigationManager
{
    public BenchNavigationManager() => Initialize("http://127.0.0.1/", "http://127.0.0.1/wallboard");

    protected override void NavigateToCore(string uri, NavigationOptions options) => Uri = ToAbsoluteUri(uri).ToString();
}
