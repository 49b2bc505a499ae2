using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Domain.Queues;

public static class QueuesSetup
{
    /// <summary>The intake of call and chat events, queue status and service level, the wrap-up sweep.</summary>
    public static IServiceCollection AddQueues(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueueOptions>(configuration.GetSection(QueueOptions.Section));
        services.AddSingleton<IQueueFeed, QueueFeed>();
        services.AddScoped<ContactWrites>();
        services.AddScoped<IContactIntake, ContactIntake>();
        services.AddScoped<QueueMenus>();
        services.AddScoped<QueueStaffing>();
        services.AddScoped<QueueStatusQuery>();
        services.AddScoped<ServiceLevelQuery>();
        services.AddScoped<AgentWorkQuery>();
        services.AddSingleton<WrapUps>();
        services.AddHostedService<WrapUpSweep>();
        return services;
    }
}
