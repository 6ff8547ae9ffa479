using Hotline.Portal.Channels;

namespace Hotline.Portal.Tests.Channels;

[Trait("Category", "Unit")]
public sealed class RetryBackOffTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(6, 320)]
    [InlineData(9, 2_560)]
    [InlineData(10, 3_600)]
    [InlineData(64, 3_600)]
    [InlineData(int.MaxValue, 3_600)]
    public void The_delay_doubles_per_failure_up_to_the_cap(int failures, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryBackOff.Delay(failures, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1)));

    [Fact]
    public void No_delay_is_defined_before_a_failure() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackOff.Delay(0, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1)));
}
