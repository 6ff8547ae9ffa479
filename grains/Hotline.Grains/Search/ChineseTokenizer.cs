using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hotline.Grains.Search;

/// <summary>A Lucene tokenizer over <see cref="ChineseWordSegmenter"/>: reads the whole field value, then hands out its words with their offsets.</summary>
public sealed class ChineseTokenizer : Tokenizer
{
    private readonly ChineseSegmentationMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private IReadOnlyList<ChineseWord> _words = [];
    private int _next;
    private int _length;

    /// <summary>A tokenizer reading <paramref name="input"/> and cutting it in <paramref name="mode"/>.</summary>
    public ChineseTokenizer(TextReader input, ChineseSegmentationMode mode)
        : base(input)
    {
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        // Ticket and article texts are short (a few KiB at most): segmenting the whole value at once keeps jieba's context.
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _words = ChineseWordSegmenter.Shared.Segment(text, _mode);
        _next = 0;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _words.Count)
            return false;
        var word = _words[_next++];
        _term.SetEmpty().Append(word.Text);
        _offset.SetOffset(CorrectOffset(word.Start), CorrectOffset(word.End));
        return true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
