namespace JsonApi.Graph;

internal interface IResourceTypeBuilder
{
    ResourceType Build();
}
