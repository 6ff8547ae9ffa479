using System.Text.Json;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>One event baresip's ctrl_tcp module reported, e.g. REGISTER_OK or CALL_CLOSED with its parameter.</summary>
/// <param name="Type">The event id (REGISTER_OK, REGISTER_FAIL, CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED, …).</param>
/// <param name="Class">register, call, application, other.</param>
/// <param name="Param">The event's text, e.g. "486 Busy Here" for a closed call or the peer URI for an incoming one.</param>
/// <param name="Direction">incoming or outgoing for call events.</param>
/// <param name="PeerUri">The other party of a call event.</param>
/// <param name="CallId">baresip's id of the call (its SIP Call-ID).</param>
/// <param name="Json">The event as baresip sent it.</param>
internal sealed record BaresipEvent(
    string Type, string? Class, string? Param, string? AccountAor, string? Direction, string? PeerUri, string? CallId, string Json)
{
    public static BaresipEvent Parse(JsonElement root, string json) => new(
        Text(root, "type") ?? "?", Text(root, "class"), Text(root, "param"), Text(root, "accountaor"),
        Text(root, "direction"), Text(root, "peeruri"), Text(root, "id"), json);

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public override string ToString() => Json;
}
