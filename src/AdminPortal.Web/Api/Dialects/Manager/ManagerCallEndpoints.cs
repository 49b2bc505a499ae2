using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's calls and chats: the lists, with the seed's filters, paging and sorting.</summary>
public static class ManagerCallEndpoints
{
    public static readonly ManagerParameters ListParameters = ManagerParameters.List(CallDirectory.Fields);
    public static readonly ManagerParameters ChatParameters = ManagerParameters.List(ChatDirectory.Fields);

    public static IReadOnlyList<ManagerRoute> Routes { get; } =
    [
        new("ListCalls", "/calls", "List calls", ListParameters, typeof(ManagerCall), ManagerShape.Page, ListAsync)
        {
            Description = "Oldest first unless sorted. call_type[] takes the seed's codes (IvrCall, IncomingCallApp, …); call_type shows the name "
                + "(Voice Inbound (IVR), …). From what the phone system reported through the intake: transfers, participants, "
                + "handle_durations (one per agent's connected leg, with its wrap-up), queue_durations (one per stay in a queue), "
                + "offer_events (one per offered event, with the offer group the system named; offer_type is cascade when offers name a group, "
                + "else null), dispositions (the wrap-up codes agents set, on their leg; transfer_id only for a leg a transfer led to), "
                + "consumer_handle_durations (the end user's whole time on the call and its holds, once the call is over) and "
                + "consumer_in_menu_durations (the caller's time in the phone menu, from its first selecting event to queued: finished, or to "
                + "a hang-up there: abandoned; empty when the call was first reported queued). consumer_event_durations is always empty: "
                + "the product runs no payment or survey (CSAT) flows and the intake carries none. The product has no virtual agents: "
                + "virtual_agent is always null and virtual_agent_deflected_escalations and virtual_agent_handle_durations are empty.",
        },
        new("ListChats", "/chats", "List chats", ChatParameters, typeof(ManagerChat), ManagerShape.Page, ChatsAsync)
        {
            Description = "Oldest first unless sorted. Response times in whole seconds. From what the chat system reported through the "
                + "intake: transfers, participants, handle_durations (one per agent's connected leg, with its wrap-up and replies), "
                + "queue_durations, offer_events and offer_type (as for calls), dispositions (as for calls; beyond the seed's chat object) "
                + "and consumer_handle_durations (the end user's whole time "
                + "on the chat, every message and the agents' replies, once the chat is over). consumer_event_durations is always empty: "
                + "the product runs no survey (CSAT) flows and the intake carries none. The product has no virtual agents: virtual_agent "
                + "is always null and virtual_agent_deflected_escalations and virtual_agent_handle_durations are empty.",
        },
    ];

    private static async Task<IResult> ListAsync(HttpContext http, [FromServices] CallDirectory calls, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ListParameters).List;
        var page = await calls.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerCall.From);
    }

    private static async Task<IResult> ChatsAsync(HttpContext http, [FromServices] ChatDirectory chats, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ChatParameters).List;
        var page = await chats.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerChat.From);
    }
}
