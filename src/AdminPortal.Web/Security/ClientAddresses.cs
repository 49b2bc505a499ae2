using System.Net;

namespace AdminPortal.Web.Security;

/// <summary>
/// The key a client's address is counted under: the IPv4 address, or the /64 network of an IPv6 address (one host
/// usually holds a whole /64, so counting single IPv6 addresses would let it start afresh at will).
/// </summary>
public static class ClientAddresses
{
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public static string KeyOf(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);
}
