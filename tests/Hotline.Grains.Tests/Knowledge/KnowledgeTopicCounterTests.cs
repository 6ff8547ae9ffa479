using Hotline.Grains.Knowledge.Search;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Topics of ticket texts: counted once per ticket, whole hotline words, no numbers or plates, boilerplate dropped once there are enough tickets.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeTopicCounterTests
{
    [Fact]
    public void Words_are_counted_once_per_ticket_and_ranked_by_tickets()
    {
        using var counter = new KnowledgeTopicCounter();
        counter.Add("T1", "网约车拒载，网约车司机态度差");
        counter.Add("T2", "网约车扣费多");
        counter.Add("T3", "出租车拒载");
        counter.Add("T4", "网约车拒载");

        var topics = counter.Topics(minTickets: 2).ToDictionary(t => t.Word);

        // Equal counts rank by word, so the order of the top two is fixed: 拒载 (U+62D2) before 网约车 (U+7F51).
        Assert.Equal(["拒载", "网约车"], topics.Values.Take(2).Select(t => t.Word));
        Assert.Equal(3, topics["网约车"].Tickets);
        Assert.Equal(["T1", "T2", "T4"], topics["网约车"].SampleTickets);
        Assert.Equal(["T1", "T3", "T4"], topics["拒载"].SampleTickets);
        Assert.DoesNotContain("出租车", topics.Keys);
        // 网约车 whole: a topic is never a fragment of a hotline term.
        Assert.DoesNotContain(topics.Keys, w => w is "网约" or "约车");
    }

    [Fact]
    public void Plates_numbers_and_single_characters_are_not_topics()
    {
        using var counter = new KnowledgeTopicCounter();
        for (var i = 0; i < 4; i++)
            counter.Add($"T{i}", "粤B12345 12328 车 绕路");

        Assert.Equal(["绕路"], counter.Topics(minTickets: 3).Select(t => t.Word));
    }

    [Fact]
    public void A_word_in_most_tickets_is_boilerplate_once_there_are_enough_tickets()
    {
        using var counter = new KnowledgeTopicCounter();
        for (var i = 0; i < KnowledgeTopicCounter.BoilerplateMinTickets; i++)
            counter.Add($"T{i}", i < 5 ? "市民来电反映绕路" : "市民来电反映噪音");

        var words = counter.Topics(minTickets: 3).Select(t => t.Word).ToArray();

        Assert.Contains("绕路", words);
        Assert.DoesNotContain("市民", words);
        Assert.DoesNotContain("来电", words);
    }
}
