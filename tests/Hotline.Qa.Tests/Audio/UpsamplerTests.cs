using Hotline.Qa.Audio;

namespace Hotline.Qa.Tests.Audio;

[Trait("Category", "Unit")]
public sealed class UpsamplerTests
{
    [Fact]
    public void Length_doubles_and_a_sine_keeps_its_frequency_and_amplitude()
    {
        var input = Enumerable.Range(0, 8000).Select(i => (float)Math.Sin(2 * Math.PI * 1000 * i / 8000.0)).ToArray();

        var output = Upsampler.Upsample(input);

        Assert.Equal(16000, output.Length);
        // Compare with the ideal 16 kHz sine away from the edges, where the filter has full support.
        var worst = Enumerable.Range(100, 15800).Max(i => Math.Abs(output[i] - Math.Sin(2 * Math.PI * 1000 * i / 16000.0)));
        Assert.True(worst < 0.01, $"largest error {worst}");
        var crossings = Enumerable.Range(1, output.Length - 1).Count(i => output[i - 1] < 0 && output[i] >= 0);
        Assert.InRange(crossings, 999, 1001);
    }

    [Fact]
    public void Original_samples_are_kept_at_even_positions()
    {
        var input = new float[] { 0.5f, -0.25f, 0.75f, 0f };

        var output = Upsampler.Upsample(input);

        Assert.Equal(input, new[] { output[0], output[2], output[4], output[6] });
    }
}
