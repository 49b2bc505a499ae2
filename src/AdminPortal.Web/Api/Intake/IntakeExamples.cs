using System.Text.Json.Nodes;

namespace AdminPortal.Web.Api.Intake;

/// <summary>
/// One example body per event type, named by the type, in the order a call or chat lives them (the demo organisation's ids:
/// menu 1693 is Death Star, 11 its Carpentry, agents 19 and 20 are Storm Troopers 1 and 2): one life from <c>selecting</c>
/// (calls) or <c>queued</c> to <c>wrap_up_ended</c> and the end user's <c>rated</c>, then what may happen instead:
/// <c>transferred</c> (of a connected call or chat) and <c>abandoned</c> (of one that still waits).
/// </summary>
public static class IntakeExamples
{
    public static IReadOnlyList<(string Name, string Summary, JsonNode Value)> Call =>
    [
        ("selecting", "The caller is in the phone menu (IVR), on the menu it reached so far (optional: a call may start with queued)", new JsonObject
        {
            ["type"] = "selecting",
            ["menu_id"] = 1693,
            ["lang"] = "en",
            ["call_type"] = "IvrCall",
            ["support_number"] = "+12128675309",
            ["end_user"] = new JsonObject { ["id"] = 3, ["identifier"] = "Death Star Carpentry Union", ["out_contact_id"] = "363876643527" },
        }),
        ("queued", "The end user waits on a menu (the first event when the call did not report its phone menu)", new JsonObject
        {
            ["type"] = "queued",
            ["menu_id"] = 11,
            ["lang"] = "en",
            ["call_type"] = "IvrCall",
            ["support_number"] = "+12128675309",
            ["end_user"] = new JsonObject { ["id"] = 3, ["identifier"] = "Death Star Carpentry Union", ["out_contact_id"] = "363876643527" },
        }),
        ("offered", "Offered to an agent (of an offer group, when the system routes in cascade groups)", new JsonObject
        {
            ["type"] = "offered",
            ["agent_id"] = 19,
            ["group"] = "Group 1",
        }),
        ("missed", "The agent did not answer the offer: Missed Call", new JsonObject { ["type"] = "missed", ["agent_id"] = 19 }),
        ("connected", "An agent answers: In-call", new JsonObject { ["type"] = "connected", ["agent_id"] = 19 }),
        ("held", "The agent puts the call on hold", new JsonObject { ["type"] = "held" }),
        ("resumed", "The call comes off hold", new JsonObject { ["type"] = "resumed" }),
        ("ended", "The conversation ends: Wrap-up", new JsonObject { ["type"] = "ended", ["disconnected_by"] = "end_user" }),
        ("disposition", "The agent sets a wrap-up code for its part of the call", new JsonObject
        {
            ["type"] = "disposition",
            ["agent_id"] = 19,
            ["code"] = "Product question",
        }),
        ("wrap_up_ended", "The agent's wrap-up ends", new JsonObject { ["type"] = "wrap_up_ended", ["agent_id"] = 19 }),
        ("rated", "The caller answers the survey after the call", new JsonObject
        {
            ["type"] = "rated",
            ["rating"] = 4,
            ["feedback"] = "Quick answer, thank you.",
        }),
        ("transferred", "Instead of ending: a connected call goes to another agent (or, with to_menu_id, to a menu)", new JsonObject { ["type"] = "transferred", ["to_agent_id"] = 20 }),
        ("abandoned", "Instead of being answered: the end user hangs up while waiting", new JsonObject { ["type"] = "abandoned", ["fail_reason"] = "eu_abandoned" }),
    ];

    public static IReadOnlyList<(string Name, string Summary, JsonNode Value)> Chat =>
    [
        ("queued", "The end user waits on a menu", new JsonObject
        {
            ["type"] = "queued",
            ["menu_id"] = 11,
            ["lang"] = "en",
            ["chat_type"] = "Messaging Inbound (Web Chat)",
            ["end_user"] = new JsonObject { ["id"] = "visitor-42", ["identifier"] = "Death Star Carpentry Union" },
        }),
        ("message", "A message (an agent's after the end user's counts as a response)", new JsonObject { ["type"] = "message", ["sender"] = "end_user" }),
        ("offered", "Offered to an agent", new JsonObject { ["type"] = "offered", ["agent_id"] = 20 }),
        ("missed", "The agent did not answer the offer: Missed Call", new JsonObject { ["type"] = "missed", ["agent_id"] = 20 }),
        ("connected", "An agent answers: In-chat", new JsonObject { ["type"] = "connected", ["agent_id"] = 20 }),
        ("ended", "The conversation ends: Wrap-up", new JsonObject { ["type"] = "ended", ["disconnected_by"] = "agent" }),
        ("disposition", "The agent sets a wrap-up code for its part of the chat", new JsonObject
        {
            ["type"] = "disposition",
            ["agent_id"] = 20,
            ["code"] = "Requires follow up",
        }),
        ("wrap_up_ended", "The agent's wrap-up ends", new JsonObject { ["type"] = "wrap_up_ended", ["agent_id"] = 20 }),
        ("rated", "The end user rates the chat after it ended", new JsonObject { ["type"] = "rated", ["rating"] = 5 }),
        ("transferred", "Instead of ending: a connected chat goes to a menu and waits there (or, with to_agent_id, to an agent)", new JsonObject { ["type"] = "transferred", ["to_menu_id"] = 11 }),
        ("abandoned", "Instead of being answered: the end user leaves while waiting", new JsonObject { ["type"] = "abandoned", ["fail_reason"] = "no_response" }),
    ];
}
