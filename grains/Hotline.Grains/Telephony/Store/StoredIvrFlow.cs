using Hotline.Telephony.Ivr;

namespace Hotline.Grains.Telephony.Store;

/// <summary>A version of an IVR flow as the store holds it: the catalog name, the flow, when and by whom it was saved.</summary>
public sealed record StoredIvrFlow(string Name, IvrFlow Flow, DateTimeOffset SavedAt, string SavedBy);
