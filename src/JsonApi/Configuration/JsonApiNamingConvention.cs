namespace JsonApi.Configuration;

/// <summary>The casing of public attribute and relationship names.</summary>
public enum JsonApiNamingConvention
{
    /// <summary><c>FirstName</c> becomes <c>first_name</c>.</summary>
    SnakeCase,

    /// <summary><c>FirstName</c> becomes <c>firstName</c>.</summary>
    CamelCase,

    /// <summary>Names are used as declared.</summary>
    AsDeclared,
}
