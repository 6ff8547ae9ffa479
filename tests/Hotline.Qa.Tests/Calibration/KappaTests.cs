using Hotline.Qa.Calibration;

namespace Hotline.Qa.Tests.Calibration;

/// <summary>Kappas against published worked examples.</summary>
[Trait("Category", "Unit")]
public sealed class KappaTests
{
    [Fact]
    public void Cohens_kappa_matches_the_two_reader_yes_no_example()
    {
        // 50 proposals, readers A and B: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → po = 0.7, pe = 0.5, κ = 0.4.
        var result = CohensKappa.FromTable(new double[,] { { 20, 5 }, { 10, 15 } });

        Assert.Equal(0.7, result.Observed, 10);
        Assert.Equal(0.5, result.Expected, 10);
        Assert.Equal(0.4, result.Kappa, 10);
        Assert.Equal(50, result.Subjects);
    }

    [Fact]
    public void Cohens_kappa_from_labels_equals_the_kappa_of_their_table()
    {
        string[] first = [.. Enumerable.Repeat("pass", 20), .. Enumerable.Repeat("pass", 5), .. Enumerable.Repeat("fail", 10), .. Enumerable.Repeat("fail", 15)];
        string[] second = [.. Enumerable.Repeat("pass", 20), .. Enumerable.Repeat("fail", 5), .. Enumerable.Repeat("pass", 10), .. Enumerable.Repeat("fail", 15)];

        Assert.Equal(0.4, CohensKappa.FromRatings(first, second).Kappa, 10);
    }

    [Fact]
    public void Cohen_1968_table_gives_the_published_kappa_and_weighted_kappa()
    {
        // Cohen (1968), Psychological Bulletin 70(4): proportions of 200 subjects, disagreement weights 1, 3, 6;
        // published κ = .492 and κw = .348.
        var table = new[,] { { 0.44, 0.07, 0.09 }, { 0.05, 0.20, 0.05 }, { 0.01, 0.03, 0.06 } };
        var weights = new double[,] { { 0, 1, 3 }, { 1, 0, 6 }, { 3, 6, 0 } };

        Assert.Equal(0.492, CohensKappa.FromTable(table).Kappa, 3);
        Assert.Equal(0.348, WeightedKappa.FromTable(table, weights).Kappa, 3);
    }

    [Fact]
    public void Fleiss_kappa_matches_the_fourteen_rater_example()
    {
        // 10 subjects, 14 raters, 5 categories: P̄ = 0.378, P̄e = 0.213, κ = 0.210 (Fleiss 1971 worked example as commonly published).
        var counts = new[,]
        {
            { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 }, { 2, 2, 8, 1, 1 },
            { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 }, { 0, 2, 2, 3, 7 },
        };

        var result = FleissKappa.FromCounts(counts);

        Assert.Equal(0.378, result.Observed, 3);
        Assert.Equal(0.213, result.Expected, 3);
        Assert.Equal(0.210, result.Kappa, 3);
    }

    [Fact]
    public void Fleiss_kappa_with_two_raters_is_scotts_pi()
    {
        // Two raters: Fleiss' kappa reduces to Scott's π, which pools both raters' marginals. Same table as above:
        // pooled yes = (25 + 30) / 100 = 0.55, pe = 0.55² + 0.45² = 0.505, π = (0.7 − 0.505) / 0.495.
        var ratings = new List<IReadOnlyList<string>>();
        ratings.AddRange(Enumerable.Repeat<IReadOnlyList<string>>(["y", "y"], 20));
        ratings.AddRange(Enumerable.Repeat<IReadOnlyList<string>>(["y", "n"], 5));
        ratings.AddRange(Enumerable.Repeat<IReadOnlyList<string>>(["n", "y"], 10));
        ratings.AddRange(Enumerable.Repeat<IReadOnlyList<string>>(["n", "n"], 15));

        Assert.Equal((0.7 - 0.505) / 0.495, FleissKappa.FromRatings(ratings).Kappa, 10);
    }

    [Fact]
    public void Perfect_agreement_is_one_and_systematic_disagreement_is_below_zero()
    {
        int[] bands = [0, 1, 2, 3, 1, 2];

        Assert.Equal(1, WeightedKappa.FromRatings(bands, bands, 4, KappaWeighting.Quadratic).Kappa, 10);
        Assert.True(CohensKappa.FromRatings(["a", "b", "a", "b"], ["b", "a", "b", "a"]).Kappa < 0);
    }

    [Fact]
    public void Linear_weights_on_two_categories_reduce_to_cohens_kappa()
    {
        int[] first = [0, 0, 1, 1, 1, 0, 1, 0, 0, 1];
        int[] second = [0, 1, 1, 1, 0, 0, 1, 0, 1, 1];

        Assert.Equal(CohensKappa.FromRatings(first, second).Kappa, WeightedKappa.FromRatings(first, second, 2, KappaWeighting.Linear).Kappa, 10);
    }

    [Fact]
    public void Quadratic_weights_forgive_near_misses_more_than_linear_ones()
    {
        // Off by one band each time: quadratic weights (1/9 per near miss) count these as closer agreement than linear (1/3).
        int[] first = [0, 1, 2, 3, 0, 1, 2, 3];
        int[] second = [1, 2, 3, 2, 0, 1, 2, 3];

        var linear = WeightedKappa.FromRatings(first, second, 4, KappaWeighting.Linear).Kappa;
        var quadratic = WeightedKappa.FromRatings(first, second, 4, KappaWeighting.Quadratic).Kappa;

        Assert.True(quadratic > linear, $"quadratic {quadratic} should exceed linear {linear}");
    }

    [Fact]
    public void Unequal_rater_counts_are_named()
    {
        var error = Assert.Throws<ArgumentException>(() => FleissKappa.FromCounts(new[,] { { 2, 1 }, { 1, 1 } }));

        Assert.Contains("Subject 1 has 2 ratings but subject 0 has 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_lengths_and_out_of_range_bands_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => CohensKappa.FromRatings(["a"], ["a", "b"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedKappa.FromRatings([0, 4], [0, 1], 4, KappaWeighting.Linear));
    }
}
