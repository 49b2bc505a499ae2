using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using AdminPortal.Web.Api.Errors;
using Microsoft.AspNetCore.Http;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>Seed 004's query language as endpoints (those of other resources too) declare and read it, without a host.</summary>
public sealed class ManagerQueryTests
{
    private static readonly ManagerParameters Sla = ManagerParameters.None
        .With(new ScalarParameter("channel", typeof(string), Required: true, AllowedValues: ["call", "chat"]))
        .With(new ScalarParameter("minutes", typeof(int), Required: true));

    private static ManagerQuery Parse(string query, ManagerParameters parameters)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query);
        return ManagerQuery.Parse(http.Request, parameters);
    }

    private static string Refusal(string query, ManagerParameters parameters) =>
        Should.Throw<ApiRequestException>(() => Parse(query, parameters)).Error.Detail;

    [Fact]
    public void An_endpoints_own_parameters_are_typed_and_required()
    {
        var query = Parse("?channel=chat&minutes=15", Sla);

        query.Scalar<string>("channel").ShouldBe("chat");
        query.Scalar<int>("minutes").ShouldBe(15);
        query.List.Page.ShouldBeNull();
        Refusal("?channel=call", Sla).ShouldBe("minutes is required.");
        Refusal("?channel=fax&minutes=15", Sla).ShouldBe("channel must be one of call, chat; 'fax' is not.");
        Refusal("?channel=call&minutes=soon", Sla).ShouldBe("minutes must be a whole number; 'soon' is not.");
        Refusal("?channel=call&minutes=5&page=2", Sla).ShouldBe("'page' is not a parameter of this endpoint; it takes channel, minutes.");
    }

    [Fact]
    public void Lists_ranges_nulls_order_and_page_become_one_list_query()
    {
        var parameters = ManagerParameters.List(TeamDirectory.Fields);

        var list = Parse("?id=5&id[]=7&parent_id[]=null&parent_id[]=147&agents_count[from]=2&agents_count[to]=9&sort_direction=desc&per=20&with_deleted=1", parameters).List;

        list.Conditions.OfType<OneOf>().Single(c => c.Field == "id").Values.ShouldBe([5L, 7L]);
        list.Conditions.OfType<OneOf>().Single(c => c.Field == "parent_id").Values.ShouldBe([null, 147L]);
        var range = list.Conditions.OfType<Between>().Single();
        (range.Field, range.From, range.To).ShouldBe(("agents_count", (object?)2, (object?)9));
        list.Order.ShouldBe(new FieldOrder("id", true));
        list.Page.ShouldBe(new PageWindow(1, 20));
        list.WithDeleted.ShouldBeTrue();
        Refusal("?name[]=null&id[]=null", parameters).ShouldBe("id[] must be a whole number; 'null' is not.");
    }
}
