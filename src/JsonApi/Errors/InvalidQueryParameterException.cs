using System.Net;

namespace JsonApi.Errors;

/// <summary>400: a supported query string parameter has a value the server cannot use.</summary>
public sealed class InvalidQueryParameterException(string parameter, string detail) : JsonApiException(new ErrorObject(
    HttpStatusCode.BadRequest, "The specified query string value is invalid.", detail, ErrorSource.ForParameter(parameter)));
