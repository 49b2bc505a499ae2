using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AdminPortal.Web.Security;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only when the connection comes from a proxy listed in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges). Nothing is
/// trusted by default, not even loopback, so a client cannot pick its own address or claim HTTPS.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static void AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var proxies = Read(builder.Configuration, "KnownProxies", IPAddress.Parse);
        var networks = Read(builder.Configuration, "KnownNetworks", System.Net.IPNetwork.Parse);
        builder.Services.AddSingleton(new Trusted(proxies.Count + networks.Count > 0));
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            // walk a chain of known proxies back to the first address none of them vouches for
            options.ForwardLimit = null;
        });
    }

    /// <summary>
    /// Reads the forwarded headers only when a proxy is configured: with empty lists ASP.NET Core's middleware would
    /// believe anyone.
    /// </summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Trusted>().Any)
        {
            app.UseForwardedHeaders();
        }
    }

    private sealed record Trusted(bool Any);

    private static List<T> Read<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var values = configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? [];
        var parsed = new List<T>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            try
            {
                parsed.Add(parse(value.Trim()));
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{Section}:{key} holds '{value}', which is not an IP address{(key == "KnownNetworks" ? " range (e.g. 10.0.0.0/8)" : "")}.");
            }
        }

        return parsed;
    }
}
