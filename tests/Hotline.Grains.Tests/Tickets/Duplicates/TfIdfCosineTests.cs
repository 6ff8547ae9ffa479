using Hotline.Grains.Tickets.Duplicates;

namespace Hotline.Grains.Tests.Tickets.Duplicates;

/// <summary>TF-IDF cosine: identical texts score 1, disjoint 0, and a shared common word counts less than a shared rare one.</summary>
[Trait("Category", "Unit")]
public sealed class TfIdfCosineTests
{
    private static readonly TfIdfCosine Cosine = new(word => word == "司机" ? 0.1 : 3.0);

    [Fact]
    public void Identical_texts_score_one_and_disjoint_texts_zero()
    {
        var a = Cosine.Vector(["司机", "拒载", "火车站"]);

        Assert.Equal(1.0, TfIdfCosine.Similarity(a, Cosine.Vector(["火车站", "拒载", "司机"])), 9);
        Assert.Equal(0.0, TfIdfCosine.Similarity(a, Cosine.Vector(["公交", "晚点"])));
        Assert.Equal(0.0, TfIdfCosine.Similarity(a, Cosine.Vector([])));
    }

    [Fact]
    public void A_shared_rare_word_outweighs_a_shared_common_word()
    {
        var probe = Cosine.Vector(["司机", "拒载"]);

        var sharesRare = TfIdfCosine.Similarity(probe, Cosine.Vector(["乘客", "拒载"]));
        var sharesCommon = TfIdfCosine.Similarity(probe, Cosine.Vector(["司机", "乘客"]));

        Assert.True(sharesRare > sharesCommon, $"rare {sharesRare} common {sharesCommon}");
        Assert.Equal(["拒载"], TfIdfCosine.Shared(probe, Cosine.Vector(["乘客", "拒载"])));
    }

    [Fact]
    public void A_vector_from_index_counts_equals_the_vector_of_the_words()
    {
        var fromWords = Cosine.Vector(["拒载", "司机", "拒载"]);
        var fromCounts = Cosine.Vector(new Dictionary<string, long>(StringComparer.Ordinal) { ["拒载"] = 2, ["司机"] = 1 });

        Assert.Equal(fromWords.OrderBy(p => p.Key, StringComparer.Ordinal), fromCounts.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(6.0, fromCounts["拒载"], 9);
    }
}
