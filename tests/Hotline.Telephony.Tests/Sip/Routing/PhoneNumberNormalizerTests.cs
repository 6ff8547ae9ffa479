using Hotline.Telephony.Sip.Routing;

namespace Hotline.Telephony.Tests.Sip.Routing;

[Trait("Category", "Unit")]
public sealed class PhoneNumberNormalizerTests
{
    [Theory]
    [InlineData("13800138000", "+8613800138000")]
    [InlineData("+8613800138000", "+8613800138000")]
    [InlineData("008613800138000", "+8613800138000")]
    [InlineData("010-12345678", "+861012345678")]
    [InlineData("0755 8888 9999", "+8675588889999")]
    [InlineData("12328", "12328")]
    [InlineData("8001", "8001")]
    [InlineData("anonymous", "anonymous")]
    [InlineData("+86+123", "+86+123")]
    public void Carrier_numbers_become_e164_and_short_codes_stay(string signalled, string expected) =>
        Assert.Equal(expected, PhoneNumberNormalizer.ToE164(signalled, "86"));
}
