using JsonApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>Content negotiation before every JSON:API endpoint, and the one place where exceptions become error documents.
/// Once the client is gone (the request was aborted, so its queries were cancelled) nothing is answered or logged as an error.</summary>
internal sealed class JsonApiEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.Vary = "Accept";
        try
        {
            ContentNegotiation.Validate(http.Request);
            return await next(context);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away and its query was cancelled or interrupted: there is no one to answer.
            return Results.Empty;
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            http.Response.Headers.Vary = "Accept";
            await http.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(http, exception);
            return Results.Empty;
        }
    }
}
