using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>The values of seed 004's calls and chats the intake accepts and writes (one home for each list).</summary>
public static class ContactValues
{
    public const string EndUserSender = "end_user";
    public const string AgentSender = "agent";

    public static readonly string[] Senders = [EndUserSender, AgentSender];

    /// <summary>Who may end a call; stored as seed 004's <c>disconnected_by_*</c>.</summary>
    public static readonly string[] Disconnectors = ["end_user", "agent", "system", "unknown"];

    /// <summary>Seed 004's call fail reasons (<c>call_fail_reason[]</c>).</summary>
    public static readonly string[] CallFailReasons =
    [
        "nothing", "unknown", "expired", "eu_canceled", "eu_rejected", "eu_abandoned", "eu_in_menu_abandoned", "eu_busy",
        "eu_wrong_number", "eu_no_answer", "eu_noti_failed", "ag_canceled", "ag_ignored", "ag_mic_no_device", "ag_mic_denied",
        "voip_twilio_error", "voip_tokbox_error", "voip_invalid_token", "voip_conn_general", "voip_conn_timeout", "voip_conn_signal",
    ];

    /// <summary>Seed 004's chat fail reasons (<c>chat_fail_reason[]</c>).</summary>
    public static readonly string[] ChatFailReasons = ["nothing", "unknown", "no_response", "expired"];

    /// <summary>Seed 004's call types: the <c>call_type[]</c> filter value and the name calls show.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> CallTypes =
    [
        ("IvrCall", "Voice Inbound (IVR)"),
        ("IncomingCallApp", "Voice Inbound (App)"),
        ("IncomingCallWeb", "Voice Callback (Web)"),
        ("ScheduledCallApp", "Voice Scheduled (App)"),
        ("ScheduledCallWeb", "Voice Scheduled (Web)"),
        ("OutboundCall", "Voice Outbound"),
        ("AgentScheduledCall", "Voice Scheduled (Agent)"),
        ("ActionOnlyCall", "Action Only"),
    ];

    /// <summary>Seed 004's chat types.</summary>
    public static readonly string[] ChatTypes = ["Messaging Inbound (App Chat)", "Messaging Inbound (Web Chat)", "Messaging (SMS)"];

    /// <summary>Seed 004's adapter fail codes and their messages.</summary>
    public static readonly IReadOnlyDictionary<int, string> AdapterFailMessages = new Dictionary<int, string>
    {
        [10001] = "This call encountered an unexpected error.",
        [11001] = "This call expired while waiting in queue.",
        [20001] = "This call was cancelled by the customer.",
        [20002] = "This call was rejected by the customer.",
        [20003] = "This call was abandoned by the customer.",
        [20004] = "This call was abandoned by the customer during menu selection.",
        [21001] = "The call could not be connected; the customer's line is busy.",
        [21002] = "The dialed phone number is invalid.",
        [21003] = "This call was was not answered by the customer.",
        [22001] = "The push notification to start this call failed to send.",
        [30001] = "This call was cancelled.",
        [30002] = "This expired call was not attended.",
    };

    /// <summary>The adapter fail code an abandon records (seed 004: 20003 abandoned by the customer).</summary>
    public const int AbandonedByCustomer = 20003;

    /// <summary>The adapter fail code of a hang-up in the phone menu (seed 004: 20004 abandoned during menu selection).</summary>
    public const int AbandonedInMenu = 20004;

    /// <summary>The call type code for a code or a name (either form is accepted), or null.</summary>
    public static string? CallTypeCode(string? value) =>
        CallTypes.FirstOrDefault(t => string.Equals(t.Code, value?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(t.Name, value?.Trim(), StringComparison.OrdinalIgnoreCase)).Code;

    /// <summary>The name a call type code shows as (unknown codes show as they are).</summary>
    public static string CallTypeName(string code) => CallTypes.FirstOrDefault(t => t.Code == code).Name ?? code;

    public static string? ChatType(string? value) =>
        ChatTypes.FirstOrDefault(t => string.Equals(t, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string[] FailReasons(ContactKind kind) => kind == ContactKind.Call ? CallFailReasons : ChatFailReasons;
}

/// <summary>
/// The end user's survey result after a contact (<c>rated</c> event): a rating of 1 to 5 (seed 004's <c>rating</c> filter
/// takes "Number 1-5") and optional feedback text, kept together in the event's detail as "4" or "4:the text".
/// </summary>
public static class ContactRatings
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>The longest feedback the event's detail keeps next to the rating.</summary>
    public const int FeedbackMax = Data.Configurations.ContactLimits.Text - 2;

    public static string Detail(int rating, string? feedback) =>
        string.IsNullOrWhiteSpace(feedback) ? rating.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{rating}:{feedback.Trim()}";

    /// <summary>The rating a detail holds, or null when it holds none.</summary>
    public static int? Rating(string? detail) =>
        detail is { Length: > 0 } && detail[0] - '0' is var value and >= Lowest and <= Highest ? value : null;

    public static bool HasFeedback(string? detail) => Rating(detail) is not null && detail!.Length > 2;
}

/// <summary>The seed 004 status a contact shows in each phase: calls queued, assigned, connected, finished, failed; chats queued, assigned, finished, canceled.</summary>
public static class ContactStatuses
{
    public static string Of(ContactKind kind, ContactPhase phase) => (kind, phase) switch
    {
        (ContactKind.Call, ContactPhase.Selecting) => "selecting",
        (_, ContactPhase.Queued) => "queued",
        (ContactKind.Call, ContactPhase.Offered) => "assigned",
        (ContactKind.Chat, ContactPhase.Offered) => "queued",
        (ContactKind.Call, ContactPhase.Connected) => "connected",
        (ContactKind.Chat, ContactPhase.Connected) => "assigned",
        (_, ContactPhase.Ended) => "finished",
        (ContactKind.Call, ContactPhase.Abandoned) => "failed",
        (ContactKind.Chat, ContactPhase.Abandoned) => "canceled",
        _ => "selecting",
    };

    /// <summary>The statuses of contacts an agent is talking or chatting with right now.</summary>
    public static readonly string[] ConnectedCall = ["connected"];

    public static readonly string[] PickedUpChat = ["assigned"];
}
