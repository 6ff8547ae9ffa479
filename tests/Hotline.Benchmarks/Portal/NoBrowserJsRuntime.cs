using Microsoft.JSInterop;

namespace Hotline.Benchmarks.Portal;

/// <summary>JavaScript interop for sessions without a browser: every call completes at once with the default result.</summary>
internal sealed class NoBrowserJsRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
}
