using AdminPortal.Domain.Entities;
using AdminPortal.Web.Portal;

namespace AdminPortal.Web.Tests.Portal;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData(MenuType.IvrMenu, "IVR menu")]
    [InlineData(MenuType.MobileMenu, "Mobile menu")]
    [InlineData(MenuType.WebMenu, "Web menu")]
    public void Menu_types_read_as_words(MenuType type, string expected) => DisplayNames.MenuType(type).ShouldBe(expected);

    [Theory]
    [InlineData("voice_call", "Voice call")]
    [InlineData("sms", "SMS")]
    [InlineData("fax_line", "Fax line")]
    public void Channels_read_as_words(string channel, string expected) => DisplayNames.Channel(channel).ShouldBe(expected);

    [Theory]
    [InlineData("en", "English")]
    [InlineData("es", "Spanish")]
    [InlineData("ja", "Japanese")]
    [InlineData("xx-unknown", "xx-unknown")]
    public void Languages_read_as_their_english_names(string code, string expected) => DisplayNames.Language(code).ShouldBe(expected);

    [Fact]
    public void Every_activity_reads_as_words()
    {
        DisplayNames.Activity("deltacast_call_missed").ShouldBe("Missed a call");
        DisplayNames.Activity("login").ShouldBe("Signed in");
        Activities.All.Select(DisplayNames.Activity).ShouldAllBe(name => !name.Contains('_') && char.IsUpper(name[0]));
        DisplayNames.Activity("brand_new_event").ShouldBe("Brand new event");
    }
}
