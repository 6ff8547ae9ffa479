using Hotline.Telephony.Media.Dtmf;

namespace Hotline.Telephony.Tests.Media.Dtmf;

[Trait("Category", "Unit")]
public sealed class SipInfoDtmfTests
{
    [Theory]
    [InlineData("Signal=5\r\nDuration=160", '5', 160)]
    [InlineData("Signal=5\r\nDuration=160\r\n", '5', 160)]
    [InlineData("signal= *\nduration = 250\n", '*', 250)]
    [InlineData("Signal=#", '#', null)]
    [InlineData("Signal=11\r\nDuration=100", '#', 100)]
    [InlineData("Signal=10\r\nDuration=100", '*', 100)]
    [InlineData("Duration=100\r\nSignal=d", 'D', 100)]
    [InlineData("Signal=1\r\nDuration=abc", '1', null)]
    public void Dtmf_relay_bodies(string body, char digit, int? durationMs)
    {
        Assert.True(SipInfoDtmf.TryParse("application/dtmf-relay", body, out var result));
        Assert.Equal(digit, result!.Digit);
        Assert.Equal(durationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, result.Duration);
    }

    [Theory]
    [InlineData("5", '5')]
    [InlineData(" 9\r\n", '9')]
    [InlineData("#", '#')]
    [InlineData("a", 'A')]
    [InlineData("10", '*')]
    public void Dtmf_bodies(string body, char digit)
    {
        Assert.True(SipInfoDtmf.TryParse("application/dtmf", body, out var result));
        Assert.Equal(digit, result!.Digit);
        Assert.Null(result.Duration);
    }

    [Theory]
    [InlineData("application/dtmf-relay", "Duration=160")]
    [InlineData("application/dtmf-relay", "Signal=x\r\nDuration=160")]
    [InlineData("application/dtmf-relay", "")]
    [InlineData("application/dtmf", "55")]
    [InlineData("application/dtmf", "16")]
    [InlineData("application/dtmf", "")]
    [InlineData("application/sdp", "5")]
    [InlineData(null, "5")]
    [InlineData("application/dtmf", null)]
    public void Invalid_bodies_and_other_types_are_rejected(string? contentType, string? body)
    {
        Assert.False(SipInfoDtmf.TryParse(contentType, body, out var result));
        Assert.Null(result);
    }

    [Fact]
    public void Content_type_parameters_and_case_are_ignored()
    {
        Assert.True(SipInfoDtmf.TryParse("Application/DTMF-Relay; charset=utf-8", "Signal=3", out var result));
        Assert.Equal('3', result!.Digit);
        Assert.True(SipInfoDtmf.IsDtmfContentType(" application/dtmf "));
        Assert.False(SipInfoDtmf.IsDtmfContentType("text/plain"));
    }

    [Fact]
    public void Format_round_trips()
    {
        var body = SipInfoDtmf.FormatDtmfRelay('b', TimeSpan.FromMilliseconds(200));
        Assert.Equal("Signal=B\r\nDuration=200\r\n", body);
        Assert.True(SipInfoDtmf.TryParse(SipInfoDtmf.DtmfRelay, body, out var result));
        Assert.Equal(new SipInfoDigit('B', TimeSpan.FromMilliseconds(200)), result);
        Assert.Throws<ArgumentOutOfRangeException>(() => SipInfoDtmf.FormatDtmfRelay('z', TimeSpan.FromMilliseconds(100)));
    }
}
