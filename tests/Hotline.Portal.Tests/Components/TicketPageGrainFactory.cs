using Hotline.Grains.Abstractions.Tickets;
using Orleans.Runtime;

namespace Hotline.Portal.Tests.Components;

/// <summary>A grain factory that hands out the page tests' in-memory tickets by number (any other grain is a test mistake).</summary>
internal sealed class TicketPageGrainFactory : IGrainFactory
{
    private readonly Dictionary<string, TicketPageGrain> tickets = new(StringComparer.Ordinal);

    public TicketPageGrain Add(TicketSnapshot ticket, params TicketHistoryEntry[] history)
    {
        var grain = new TicketPageGrain(ticket.Number, ticket, history);
        tickets[ticket.Number] = grain;
        return grain;
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey =>
        typeof(TGrainInterface) == typeof(ITicketGrain)
            ? (TGrainInterface)(object)(tickets.TryGetValue(primaryKey, out var grain) ? grain : new TicketPageGrain(primaryKey, null, []))
            : throw Unexpected(typeof(TGrainInterface));

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey => throw Unexpected(typeof(TGrainInterface));

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey => throw Unexpected(typeof(TGrainInterface));

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey => throw Unexpected(typeof(TGrainInterface));

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey => throw Unexpected(typeof(TGrainInterface));

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw Unexpected(typeof(TGrainObserverInterface));

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw Unexpected(typeof(TGrainObserverInterface));

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => throw Unexpected(grainInterfaceType);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => throw Unexpected(grainInterfaceType);

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => throw Unexpected(grainInterfaceType);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => throw Unexpected(grainInterfaceType);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => throw Unexpected(grainInterfaceType);

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable => throw Unexpected(typeof(TGrainInterface));

    public IAddressable GetGrain(GrainId grainId) => throw Unexpected(typeof(IAddressable));

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => throw Unexpected(typeof(IAddressable));

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => throw Unexpected(interfaceType);

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => throw Unexpected(interfaceType);

    private static NotSupportedException Unexpected(Type type) => new($"The ticket page tests hand out ticket grains only, not {type.Name}.");
}
