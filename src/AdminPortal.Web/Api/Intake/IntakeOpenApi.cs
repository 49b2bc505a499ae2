namespace AdminPortal.Web.Api.Intake;

/// <summary>The intake's and the queue reports' OpenAPI document, embedded in the host (<c>intake.openapi.json</c>).</summary>
public static class IntakeOpenApi
{
    public const string ResourceName = "AdminPortal.Web.Api.Intake.intake.openapi.json";

    public static Stream Open() => typeof(IntakeOpenApi).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
}
