using System.Text.Json.Nodes;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.OpenApi;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.Intake;

/// <summary>
/// <c>POST /api/intake/{calls|chats}/{id}/events</c> in the OpenAPI document: the event body (exported from
/// <see cref="IntakeEventBody"/>, with the event types and ids spelled out), one working example per event type in the order
/// a call or chat lives them, the answer and the refusals.
/// </summary>
public sealed class IntakeOpenApi : IOpenApiContributor
{
    private const string Tag = "Intake";
    private const string ErrorMediaType = "application/vnd.api+json";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.AddSchemaOf<IntakeEventBody>("IntakeEventBody", ApiJson.Options, OpenApiSchemaUse.Request)
            .AddSchemaOf<IntakeEventResponse>("IntakeEventResponse", ApiJson.Options)
            .AddSchema("IntakeId", new JsonObject
            {
                ["description"] = "A numeric id (seed 004), as a number or digits, or the UUID.",
                ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, new JsonObject { ["type"] = "string" }),
            })
            .AddSchema("IntakeEvent", EventSchema())
            .AddTag(Tag, "The phone and chat systems report what happens to calls and chats; agents' statuses, queue status and "
                + "service level follow. An organisation credential (Basic) or an admin's token reports; the events are recorded with source system.");
        document.AddOperation(ApiPaths.Prefix + "/intake/calls/{id}/events", "post", Operation("reportCallEvent", "Report an event of a call", "call", "CA-1001")
            .Body("IntakeEvent", IntakeExamples.Call)
            .Build());
        document.AddOperation(ApiPaths.Prefix + "/intake/chats/{id}/events", "post", Operation("reportChatEvent", "Report an event of a chat", "chat", "CH-1001")
            .Body("IntakeEvent", IntakeExamples.Chat)
            .Build());
    }

    private static PlainOperation Operation(string operationId, string summary, string kind, string example) =>
        new PlainOperation(operationId, Tag, summary)
            .Describe($"`{{id}}` is the {kind} system's own id of the {kind}; its first event is `queued`{(kind == "call" ? " (or `selecting` while the caller is in the phone menu)" : "")}. "
                + "Sign in with an organisation credential (HTTP Basic: the organisation's subdomain or the credential's key, and the secret) "
                + "or an admin's bearer token; agents and supervisors are refused (403). "
                + "Every event is idempotent: a repeat (the same `event_id`, or the same type, time and subject) answers 200 with "
                + "`recorded` false and changes nothing. An event that does not fit the " + kind + " now (out of order) answers 409 and "
                + "changes nothing. The examples follow one " + kind + " through its life; `abandoned` ends a " + kind + " that still waits.")
            .PathParameter("id", $"The {kind} system's own id of the {kind} (at most 128 characters, URL-encoded).", example)
            .Returns("200", "The event was recorded (`recorded` true), or is a repeat (`recorded` false, `note` says why).", JsonValue.Create("IntakeEventResponse"))
            .Returns("400", "The body is not a JSON object (source.pointer names where it broke).", ErrorDocument(), ErrorMediaType)
            .Returns("403", "The caller is neither an organisation credential nor an admin.", ErrorDocument(), ErrorMediaType)
            .Returns("404", "The menu or agent named in the body does not exist (numeric ids).", ErrorDocument(), ErrorMediaType)
            .Returns("409", $"The event does not fit the {kind} now (e.g. `ended` before `connected`, or an offer to a deactivated agent); nothing changed.",
                ErrorDocument(), ErrorMediaType)
            .Returns("415", "The body is not application/json.", ErrorDocument(), ErrorMediaType)
            .Returns("422", "A member's value is not valid (one error per member, source.pointer names it: `/type`, `/menu_id`, …).", ErrorDocument(), ErrorMediaType);

    private static JsonObject ErrorDocument() => OpenApiDocumentBuilder.SchemaRef("ErrorDocument");

    /// <summary>The body as the serializer reads it, plus what the members mean: the event types and the ids.</summary>
    private static JsonObject EventSchema() => new()
    {
        ["allOf"] = new JsonArray(OpenApiDocumentBuilder.SchemaRef("IntakeEventBody")),
        ["required"] = new JsonArray("type"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. ContactEventTypes.Names.Select(name => (JsonNode)JsonValue.Create(name))]),
                ["description"] = "selecting (calls): the caller is in the phone menu (IVR), optionally on menu_id, in lang; reported before queued, "
                    + "it gives the call its time in the menu (consumer_in_menu_durations) and abandoned then is a hang-up in the menu. "
                    + "queued: waits on a menu (menu_id, lang, call_type or chat_type, end_user, support_number; after selecting, "
                    + "end_user and support_number complete what the first event left out, e.g. a caller identified in the menu). "
                    + "offered: offered to an agent (agent_id; group: the offer group, e.g. a cascade group). "
                    + "missed: that offer went unanswered (agent_id): Missed Call, the contact waits again. "
                    + "connected: answered (agent_id, else the agent it is offered to): In-call or In-chat. held, resumed: calls only. "
                    + "transferred: to a menu (to_menu_id, waits there) or an agent (to_agent_id, offered to it); the agent it leaves goes to Wrap-up. "
                    + "ended: the conversation ends (disconnected_by): Wrap-up. abandoned: the end user left while waiting (fail_reason). "
                    + "wrap_up_ended: the agent's wrap-up ends (agent_id, else the last agent): back to its status before, or the one it picked meanwhile. "
                    + "message: a chat message (sender). "
                    + "disposition: a wrap-up code (code) an agent who handled the contact set (agent_id, else the agent on it now, else the last one), "
                    + "for its latest leg; accepted while connected and after the end, any number of times; it moves no agent. "
                    + "rated: the end user's survey result after the contact ended (rating 1 to 5, optional feedback); once per contact, "
                    + "not for an abandoned one; it shows as the contact's rating and has_feedback.",
            },
            ["occurred_at"] = Described("When it happened (UTC); now when absent. At most a minute ahead; before the contact's last event is out of order (409)."),
            ["event_id"] = Described("The system's id of the event: a repeat of it changes nothing."),
            ["menu_id"] = Id("queued: the menu (queue); selecting (optional): the phone menu the caller reached."),
            ["agent_id"] = Id("offered and missed (required), connected, wrap_up_ended and disposition (optional): the agent."),
            ["to_menu_id"] = Id("transferred: to this menu."),
            ["to_agent_id"] = Id("transferred: to this agent."),
            ["group"] = Described("offered: the offer group the offer went to (e.g. a cascade group, \"Group 1\"); at most 200 characters. "
                + "Listed in the contact's offer_events; offer_type is cascade when offers name a group."),
            ["code"] = Described("disposition (required): the wrap-up code the agent set; at most 200 characters."),
            ["rating"] = new JsonObject
            {
                ["type"] = "integer",
                ["minimum"] = ContactRatings.Lowest,
                ["maximum"] = ContactRatings.Highest,
                ["description"] = "rated (required): the end user's survey rating, a whole number from 1 to 5.",
            },
            ["feedback"] = Described($"rated (optional): the end user's survey text; at most {ContactRatings.FeedbackMax} characters. Shown as has_feedback."),
        },
    };

    private static JsonObject Described(string description) => new() { ["description"] = description };

    private static JsonObject Id(string description) => new() { ["$ref"] = "#/components/schemas/IntakeId", ["description"] = description };
}
