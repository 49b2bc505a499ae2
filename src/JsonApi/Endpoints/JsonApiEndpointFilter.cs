using JsonApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>Content negotiation before every JSON:API endpoint, and the one place where exceptions become error documents.</summary>
internal sealed class JsonApiEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<OpenApi.OpenApiDocumentEndpoint>() is null)
            {
                ContentNegotiation.Validate(http.Request);
            }
            else
            {
                ContentNegotiation.ValidateJsonAccept(http.Request);
            }
            return await next(context);
        }
        catch (Exception exception) when (!http.Response.HasStarted && !(exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            http.Response.Clear();
            await http.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(http, exception);
            return Results.Empty;
        }
    }
}
