using Hotline.Telephony.Sip.Routing;

namespace Hotline.Telephony.Tests.Sip.Routing;

/// <summary>The SIP service's default resolver: the configured numbers, all bound to one flow.</summary>
[Trait("Category", "Unit")]
public sealed class FixedServiceNumbersTests
{
    [Fact]
    public void The_fixed_set_answers_its_numbers_with_the_one_flow_and_nothing_else()
    {
        var fixedNumbers = new FixedServiceNumbers(["12328", "+8612345"], "welcome");

        Assert.Equal(new ServiceNumberRoute("+8612345", "welcome"), fixedNumbers.Resolve("+8612345"));
        Assert.Null(fixedNumbers.Resolve("1232"));
        Assert.Null(fixedNumbers.Resolve(""));
    }
}
