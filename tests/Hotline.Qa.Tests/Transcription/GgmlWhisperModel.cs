using System.Text;

namespace Hotline.Qa.Tests.Transcription;

/// <summary>Writes a Whisper model in the ggml file format with random weights: it loads and decodes, saying nothing meaningful.</summary>
/// <remarks>Layout learnt from whisper.cpp's loader: magic, eleven int32 hyper-parameters, the mel filter bank, the vocabulary,
/// then tensors (dims count, name length, type, dims, name, data). Tensor shapes are listed innermost dimension first.</remarks>
internal sealed record GgmlWhisperModel(int State, int Heads, int AudioLayers, int TextLayers)
{
    private const uint Magic = 0x67676d6c;
    private const int Vocabulary = 51865; // multilingual, so language "zh" is known
    private const int AudioContext = 1500;
    private const int TextContext = 448;
    private const int Mels = 80;
    private const int FftBins = 201;
    private const int TextTokens = 50257;
    private const int BlankToken = 220;

    /// <summary>A model small enough for unit tests.</summary>
    public static GgmlWhisperModel Small => new(64, 2, 4, 4);

    /// <summary>The shape of OpenAI's tiny model.</summary>
    public static GgmlWhisperModel Tiny => new(384, 6, 4, 4);

    /// <summary>The shape of OpenAI's base model.</summary>
    public static GgmlWhisperModel Base => new(512, 8, 6, 6);

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Write(string path, int seed = 1)
    {
        var random = new Random(seed);
        using var stream = new BufferedStream(File.Create(path), 1 << 20);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        foreach (var value in new[] { Vocabulary, AudioContext, State, Heads, AudioLayers, TextContext, State, Heads, TextLayers, Mels, 1 /* f16 weights */ })
            writer.Write(value);

        writer.Write(Mels);
        writer.Write(FftBins);
        for (var i = 0; i < Mels * FftBins; i++)
            writer.Write((float)(random.NextDouble() * 0.01));

        // Ordinary tokens are single CJK characters, so whatever the random weights pick reads as Chinese text; the decoder
        // looks up the blank token " " by text (id 220, as in the real vocabulary).
        writer.Write(TextTokens);
        for (var i = 0; i < TextTokens; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(i == BlankToken ? " " : char.ConvertFromUtf32(0x4E00 + i % 20000));
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }

        foreach (var (name, shape) in Tensors())
            WriteTensor(writer, name, shape, random);
    }

    private IEnumerable<(string Name, int[] Shape)> Tensors()
    {
        var s = State;
        yield return ("encoder.positional_embedding", [s, AudioContext]);
        yield return ("encoder.conv1.weight", [3, Mels, s]);
        yield return ("encoder.conv1.bias", [1, s]);
        yield return ("encoder.conv2.weight", [3, s, s]);
        yield return ("encoder.conv2.bias", [1, s]);
        yield return ("encoder.ln_post.weight", [s]);
        yield return ("encoder.ln_post.bias", [s]);
        for (var i = 0; i < AudioLayers; i++)
        {
            foreach (var tensor in Block($"encoder.blocks.{i}.attn", $"encoder.blocks.{i}.attn_ln"))
                yield return tensor;
            foreach (var tensor in Mlp($"encoder.blocks.{i}"))
                yield return tensor;
        }

        yield return ("decoder.positional_embedding", [s, TextContext]);
        yield return ("decoder.token_embedding.weight", [s, Vocabulary]);
        yield return ("decoder.ln.weight", [s]);
        yield return ("decoder.ln.bias", [s]);
        for (var i = 0; i < TextLayers; i++)
        {
            foreach (var tensor in Block($"decoder.blocks.{i}.attn", $"decoder.blocks.{i}.attn_ln"))
                yield return tensor;
            foreach (var tensor in Block($"decoder.blocks.{i}.cross_attn", $"decoder.blocks.{i}.cross_attn_ln"))
                yield return tensor;
            foreach (var tensor in Mlp($"decoder.blocks.{i}"))
                yield return tensor;
        }
    }

    private IEnumerable<(string, int[])> Block(string attention, string norm)
    {
        yield return ($"{norm}.weight", [State]);
        yield return ($"{norm}.bias", [State]);
        yield return ($"{attention}.query.weight", [State, State]);
        yield return ($"{attention}.query.bias", [State]);
        yield return ($"{attention}.key.weight", [State, State]);
        yield return ($"{attention}.value.weight", [State, State]);
        yield return ($"{attention}.value.bias", [State]);
        yield return ($"{attention}.out.weight", [State, State]);
        yield return ($"{attention}.out.bias", [State]);
    }

    private IEnumerable<(string, int[])> Mlp(string block)
    {
        yield return ($"{block}.mlp_ln.weight", [State]);
        yield return ($"{block}.mlp_ln.bias", [State]);
        yield return ($"{block}.mlp.0.weight", [State, 4 * State]);
        yield return ($"{block}.mlp.0.bias", [4 * State]);
        yield return ($"{block}.mlp.2.weight", [4 * State, State]);
        yield return ($"{block}.mlp.2.bias", [State]);
    }

    private static void WriteTensor(BinaryWriter writer, string name, int[] shape, Random random)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        writer.Write(shape.Length);
        writer.Write(nameBytes.Length);
        // Like a real f16 model: weight matrices and convolution kernels are f16 (ggml's convolution needs it), the rest f32.
        var half = name.EndsWith(".weight", StringComparison.Ordinal) && shape.Length > 1;
        writer.Write(half ? 1 : 0);
        foreach (var dimension in shape)
            writer.Write(dimension);
        writer.Write(nameBytes);
        var count = shape.Aggregate(1L, (a, b) => a * b);
        // Layer-norm gains of 1 keep activations in range; everything else is small noise.
        var unitGain = name.EndsWith("ln.weight", StringComparison.Ordinal) || name.EndsWith("ln_post.weight", StringComparison.Ordinal);
        for (var i = 0L; i < count; i++)
        {
            var value = unitGain ? 1f : (float)((random.NextDouble() - 0.5) * 0.04);
            if (half)
                writer.Write((Half)value);
            else
                writer.Write(value);
        }
    }
}
