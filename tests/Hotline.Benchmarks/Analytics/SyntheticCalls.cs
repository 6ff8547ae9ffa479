namespace Hotline.Benchmarks.Analytics;

/// <summary>The SQL that makes the engine generate CDR rows itself (INSERT … SELECT FROM numbers()), for the reference rate and the big table.</summary>
internal static class SyntheticCalls
{
    /// <summary>The calls table's columns in insert order.</summary>
    public const string Columns =
        "event_id, schema_version, call_id, direction, caller, called, service_number, region, queue, agent, skills, ivr_path, "
        + "arrived_at, queued_at, offered_at, answered_at, ended_at, wrap_up_ended_at, is_answered, is_abandoned, wait_s, talk_s, hold_s, wrap_s, "
        + "transfers, transfer_chain, end_cause, recording, rtcp_loss, rtcp_jitter_ms, ticket_number";

    /// <summary>Rows <paramref name="offset"/> … <paramref name="offset"/> + <paramref name="count"/> of <paramref name="total"/> spread evenly over <paramref name="days"/> days ending on <paramref name="end"/>.</summary>
    public static string Insert(string table, long offset, long count, long total, DateOnly end, int days)
    {
        var start = end.AddDays(-days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stepMs = days * 86_400_000.0 / total;
        return $"""
            INSERT INTO {table} ({Columns})
            SELECT generateUUIDv4(), 1, concat('b', toString(n)), 'Inbound', concat('+86138', toString(h % 100000000)), '12328', '12328',
                   ['朝阳区','海淀区','丰台区','东城区','西城区','石景山区','通州区','昌平区','大兴区','顺义区','房山区','门头沟区','怀柔区','平谷区','密云区','延庆区'][(h % 16) + 1],
                   if(h % 100 < 55, 'complaints', 'enquiries'), if(answered, concat('80', toString(10 + (h % 40))), ''), ['complaint'], ['welcome', 'menu'],
                   arrived, arrived + toIntervalMillisecond(10000), arrived + toIntervalMillisecond(10000 + wait_ms),
                   if(answered, arrived + toIntervalMillisecond(10000 + wait_ms), toDateTime64(0, 3)),
                   arrived + toIntervalMillisecond(10000 + wait_ms + talk_ms), if(answered, arrived + toIntervalMillisecond(40000 + wait_ms + talk_ms), toDateTime64(0, 3)),
                   answered, abandoned, wait_ms / 1000, talk_ms / 1000, if(h % 5 = 0, h % 60, 0), if(answered, 30, 0), 0, [],
                   if(answered, 'Completed', if(abandoned, 'Abandoned', 'IvrOnly')), '', (h % 300) / 10000, (h % 250) / 10, ''
            FROM (
                SELECT number AS n, cityHash64(number) AS h,
                       toDateTime64('{start} 00:00:00', 3, 'Asia/Shanghai') + toIntervalMillisecond(toUInt64(number * {stepMs.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}) + (h % 1000)) AS arrived,
                       (h % 100) < 85 AS answered, NOT answered AND (h % 100) < 95 AS abandoned,
                       intHash32(number) % 90000 AS wait_ms, if(answered, 60000 + (intHash32(number + 1) % 600000), 0) AS talk_ms
                FROM numbers({offset}, {count})
            )
            """;
    }
}
