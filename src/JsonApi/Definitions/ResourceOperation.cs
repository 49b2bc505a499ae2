namespace JsonApi.Definitions;

/// <summary>The operations an authorization hook is asked about.</summary>
public enum ResourceOperation
{
    ReadCollection,
    ReadOne,
    ReadRelationship,
    Create,
    Update,
    Delete,
    ChangeRelationship,
}
