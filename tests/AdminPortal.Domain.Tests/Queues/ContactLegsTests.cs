using AdminPortal.Domain.Listings;

namespace AdminPortal.Domain.Tests.Queues;

/// <summary>
/// <see cref="ContactLegs.Build"/> without a database: a contact's recorded events (numbered from 1, seconds after 09:00:00)
/// become seed 004's offers, dispositions and the end user's time on the contact and in the phone menu.
/// </summary>
public sealed class ContactLegsTests
{
    private static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Contact = Guid.NewGuid();
    private static readonly Guid Vader = Guid.NewGuid();
    private static readonly Guid Craig = Guid.NewGuid();
    private static readonly Guid DeathStar = Guid.NewGuid();
    private static readonly Guid Carpentry = Guid.NewGuid();

    private static readonly ContactWorld World = new(
        new Dictionary<Guid, PersonRecord>
        {
            [Vader] = new(11, "Darth Vader", "Darth", "Vader", "Agent No.111", null),
            [Craig] = new(12, "Craig T", "Craig T", "Nelson", "Agent No.112", null),
        },
        new MenuPaths([new MenuNode(DeathStar, 1693, "Death Star", null, null, null), new MenuNode(Carpentry, 11, "Carpentry", DeathStar, null, null)]),
        80);

    [Fact]
    public void A_call_lists_its_offers_the_codes_set_on_each_leg_and_the_callers_time_on_it_and_in_the_menu()
    {
        var details = Build(
            Event(1, "selecting", 0, menu: DeathStar, lang: "en"),
            Event(2, "selecting", 10, menu: Carpentry),
            Event(3, "queued", 30, menu: Carpentry, lang: "en"),
            Event(4, "offered", 32, agent: Vader, detail: "Group 1"),
            Event(5, "missed", 40, agent: Vader),
            Event(6, "offered", 41, agent: Craig, detail: "Group 2"),
            Event(7, "connected", 45, agent: Craig),
            Event(8, "held", 50),
            Event(9, "resumed", 53),
            Event(10, "disposition", 60, agent: Craig, detail: "Product question"),
            Event(11, "transferred", 70, agent: Craig, toAgent: Vader),
            Event(12, "connected", 74, agent: Vader),
            Event(13, "ended", 100),
            Event(14, "disposition", 105, agent: Vader, detail: "Requires follow up"),
            Event(15, "disposition", 106, agent: Craig, detail: "Escalated"));

        details.OfferType.ShouldBe("cascade");
        details.OfferEvents.ShouldBe([new(Start.AddSeconds(32), "Group 1"), new(Start.AddSeconds(41), "Group 2")]);
        details.Dispositions.ShouldBe([new(12, 7, null, "Product question"), new(11, 12, 11, "Requires follow up"), new(12, 7, null, "Escalated")]);
        details.ConsumerHandleDurations.ShouldBe([new(1, 100, 3, 0, 0, 0, 0, 0, Start, Start.AddSeconds(100))]);
        details.ConsumerInMenuDurations.ShouldBe([new(1, "finished", 30, 11, "Death Star/Carpentry", "en", Start, Start.AddSeconds(30))]);
    }

    [Fact]
    public void A_caller_who_hangs_up_in_the_menu_has_an_abandoned_menu_stay_on_the_menu_it_reached()
    {
        var details = Build(Event(1, "selecting", 0, menu: DeathStar, lang: "es"), Event(2, "abandoned", 25, detail: "eu_in_menu_abandoned"));
        var silent = Build(Event(1, "selecting", 0), Event(2, "abandoned", 4, detail: "eu_in_menu_abandoned"));

        details.ConsumerInMenuDurations.ShouldBe([new(1, "abandoned", 25, 1693, "Death Star", "es", Start, Start.AddSeconds(25))]);
        silent.ConsumerInMenuDurations.ShouldBe([new(1, "abandoned", 4, null, null, "en", Start, Start.AddSeconds(4))], "no menu or language reported");
        details.ConsumerHandleDurations.Single().Duration.ShouldBe(25);
        details.OfferType.ShouldBeNull();
        details.OfferEvents.ShouldBeEmpty();
        details.Dispositions.ShouldBeEmpty();
    }

    [Fact]
    public void Offers_without_a_group_are_listed_but_make_no_cascade_and_a_call_first_reported_queued_has_no_menu_stay()
    {
        var details = Build(Event(1, "queued", 0, menu: Carpentry, lang: "en"), Event(2, "offered", 5, agent: Vader), Event(3, "connected", 9, agent: Vader));

        details.OfferType.ShouldBeNull();
        details.OfferEvents.ShouldBe([new(Start.AddSeconds(5), null)]);
        details.ConsumerInMenuDurations.ShouldBeEmpty();
        details.ConsumerHandleDurations.ShouldBeEmpty("the call is not over yet");
    }

    [Fact]
    public void A_chats_end_user_time_counts_every_message_and_the_replies_of_every_agent()
    {
        var details = Build(
            Event(1, "queued", 0, menu: Carpentry, lang: "en"),
            Event(2, "message", 2, detail: "end_user"),
            Event(3, "connected", 5, agent: Vader),
            Event(4, "message", 9, detail: "agent"),
            Event(5, "message", 20, detail: "end_user"),
            Event(6, "transferred", 30, agent: Vader, toAgent: Craig),
            Event(7, "connected", 33, agent: Craig),
            Event(8, "message", 40, detail: "agent"),
            Event(9, "ended", 61));

        // replies after 7 s (Darth Vader) and 20 s (Craig T): 27 s in all, the average rounded half away from zero
        details.ConsumerHandleDurations.ShouldBe([new(1, 61, 0, 4, 2, 27, 20, 14, Start, Start.AddSeconds(61))]);
        details.OfferEvents.ShouldBeEmpty();
    }

    private static ContactDetails Build(params ContactEventRow[] events) =>
        ContactLegs.Build(new ContactKey(Contact, 4711, "3", "nothing"), events, [], World);

    private static ContactEventRow Event(
        long id, string type, int second, Guid? agent = null, Guid? menu = null, Guid? toAgent = null, string? lang = null, string? detail = null) =>
        new(Contact, id, type, Start.AddSeconds(second), agent, menu, toAgent, lang, detail);
}
