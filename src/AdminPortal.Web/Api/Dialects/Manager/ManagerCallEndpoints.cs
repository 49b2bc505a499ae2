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
                + "(Voice Inbound (IVR), …). transfers, participants, handle_durations (one per agent's connected leg, with its wrap-up) and "
                + "queue_durations (one per stay in a queue) come from what the phone system reported; offer_events and the consumer_* "
                + "durations are empty arrays.",
        },
        new("ListChats", "/chats", "List chats", ChatParameters, typeof(ManagerChat), ManagerShape.Page, ChatsAsync)
        {
            Description = "Oldest first unless sorted. Response times in whole seconds. transfers, participants, handle_durations (one per "
                + "agent's connected leg, with its wrap-up and replies) and queue_durations come from what the chat system reported; the "
                + "consumer_* durations are empty arrays.",
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
