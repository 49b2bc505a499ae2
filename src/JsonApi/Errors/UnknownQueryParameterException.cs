using System.Net;

namespace JsonApi.Errors;

/// <summary>400: the query string holds a parameter the server does not support.</summary>
public sealed class UnknownQueryParameterException(string parameter) : JsonApiException(new ErrorObject(
    HttpStatusCode.BadRequest, "Unknown query string parameter.",
    $"Query string parameter '{parameter}' is unknown.", ErrorSource.ForParameter(parameter)));
