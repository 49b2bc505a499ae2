using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal;

namespace AdminPortal.Web.Tests.Portal;

public sealed class StatusColorsTests
{
    public static TheoryData<string> BuiltInColors => [.. BuiltInStatuses.All.Select(s => s.Color)];

    [Theory]
    [MemberData(nameof(BuiltInColors))]
    [InlineData("lime")]
    [InlineData("amber")]
    [InlineData("cyan")]
    [InlineData("#777777")]
    [InlineData("#808080")]
    [InlineData("#767676")]
    [InlineData("#ffffff")]
    [InlineData("#000")]
    [InlineData("not a color")]
    public void Text_on_every_status_color_meets_WCAG_AA(string color)
    {
        var text = StatusColors.TextOn(color);

        StatusColors.ContrastRatio(text, color).ShouldBeGreaterThanOrEqualTo(StatusColors.MinimumContrast, $"{text} on {StatusColors.ToCss(color)}");
    }

    [Theory]
    [InlineData("green")]
    [InlineData("light_blue")]
    [InlineData("grey")]
    public void The_statuses_that_were_unreadable_get_dark_text(string color)
    {
        StatusColors.ContrastRatio("#ffffff", color).ShouldBeLessThan(3.0);

        StatusColors.TextOn(color).ShouldBe(StatusColors.Dark);
    }

    [Fact]
    public void White_text_stays_where_it_reads()
    {
        StatusColors.TextOn("indigo").ShouldBe(StatusColors.Light);
        StatusColors.ContrastRatio("#ffffff", "#000000").ShouldBe(21, tolerance: 0.01);
    }
}
