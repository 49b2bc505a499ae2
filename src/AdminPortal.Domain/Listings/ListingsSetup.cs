using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdminPortal.Domain.Listings;

public static class ListingsSetup
{
    /// <summary>The directory reads (lists, trees, single records) and who answers which queue.</summary>
    public static IServiceCollection AddListings(this IServiceCollection services)
    {
        services.AddScoped<QueueMembership>();
        services.AddScoped<RowReferences>();
        services.AddScoped<AgentStatusBoard>();
        services.AddScoped<AvailabilityProfiles>();
        services.AddScoped<CallQueues.CallQueueRoster>();
        services.TryAddScoped<IAgentHolds, CallHolds>();
        services.AddScoped<AgentDirectory>();
        services.AddScoped<TeamDirectory>();
        services.AddScoped<MenuDirectory>();
        services.AddScoped<StatusDirectory>();
        services.AddScoped<ActivityLogDirectory>();
        services.AddScoped<QueueReports>();
        services.AddScoped<ContactHistory>();
        services.AddScoped<CallDirectory>();
        services.AddScoped<ChatDirectory>();
        return services;
    }
}
