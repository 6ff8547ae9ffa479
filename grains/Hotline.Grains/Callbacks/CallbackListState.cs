using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Callbacks;

/// <summary>A queue's call-back list as stored: the rules and every call-back with its attempts.</summary>
[GenerateSerializer, Alias("Hotline.CallbackListState")]
public sealed class CallbackListState
{
    [Id(0)] public CallbackPolicy Policy { get; set; } = new();

    [Id(1)] public List<OutboundItem> Items { get; set; } = [];
}
