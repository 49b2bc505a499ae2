namespace JsonApi.Bench;

/// <summary>The library's URL and its hand-written counterpart, per scenario; the hand-written endpoints are fixed to the same
/// query (they read it only to write the same page links).</summary>
public static class BenchScenarios
{
    public static IReadOnlyList<(string Name, string Library, string Hand)> All(Guid someArticle) =>
    [
        ("list of 100, 2 includes, sparse fields",
            "/api/articles?page[size]=100&include=author,blog&fields[Article]=title,views,author,blog&fields[Author]=name&fields[Blog]=title",
            "/hand/articles?page[size]=100&include=author,blog&fields[Article]=title,views,author,blog&fields[Author]=name&fields[Blog]=title"),
        ("single resource", $"/api/articles/{someArticle}", $"/hand/articles/{someArticle}"),
        ("20 authors, 10 of 100 articles each",
            "/api/authors?page[size]=20&include=articles&fields[Author]=name,articles&fields[Article]=title,views",
            "/hand/authors?page[size]=20&include=articles&fields[Author]=name,articles&fields[Article]=title,views"),
        ("10 blogs, 10 articles each, their authors",
            "/api/blogs?page[size]=10&include=articles.author&fields[Blog]=title,articles&fields[Article]=title,author&fields[Author]=name",
            "/hand/blogs?page[size]=10&include=articles.author&fields[Blog]=title,articles&fields[Article]=title,author&fields[Author]=name"),
    ];
}
