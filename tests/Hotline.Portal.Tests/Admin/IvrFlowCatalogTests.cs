using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Tests.Admin;

/// <summary>Replacing a flow in the running catalog (what the IVR editor does): a valid flow is what the next <c>Get</c> (the next call) runs,
/// an invalid one changes nothing, an unknown name is refused naming the known ones.</summary>
[Trait("Category", "Unit")]
public sealed class IvrFlowCatalogTests
{
    private readonly IvrFlowCatalog catalog = IvrFlowCatalog.Demo();

    [Fact]
    public void A_valid_replacement_is_served_to_the_next_call()
    {
        var replacement = catalog.Get(CallFlows.Survey) with { Version = 7 };

        var result = catalog.Replace(CallFlows.Survey, replacement);

        Assert.True(result.IsValid);
        Assert.Same(replacement, catalog.Get(CallFlows.Survey));
    }

    [Fact]
    public void An_invalid_replacement_changes_nothing()
    {
        var before = catalog.Get(CallFlows.Welcome);

        var result = catalog.Replace(CallFlows.Welcome, before with { Start = "missing" });

        Assert.Contains(result.Errors, issue => issue.Field == "start");
        Assert.Same(before, catalog.Get(CallFlows.Welcome));
    }

    [Fact]
    public void An_unknown_name_is_refused_naming_the_known_flows()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => catalog.Replace("nope", catalog.Get(CallFlows.Welcome)));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains(CallFlows.Welcome, error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { CallFlows.Welcome, CallFlows.Survey, CallFlows.QueueCallback, CallFlows.QueueVoicemail }.Order(StringComparer.Ordinal), catalog.Names);
    }
}
