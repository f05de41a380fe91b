using System.Net;
using System.Net.Sockets;

namespace NewsBot.Web;

/// <summary>
/// Which resolved addresses the fetcher must never connect to (issue 12, SSRF):
/// loopback, private, CGNAT, link-local, multicast, unspecified and reserved ranges, in IPv4 and IPv6,
/// including IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4).
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Null when the address is public; otherwise the range it falls in.</summary>
    public static string? WhyForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => WhyForbiddenV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => WhyForbiddenV6(address.GetAddressBytes()),
            _ => "not an IP address",
        };
    }

    private static string? WhyForbiddenV4(ReadOnlySpan<byte> b) => (b[0], b[1]) switch
    {
        (0, _) => "unspecified 0.0.0.0/8",
        (127, _) => "loopback 127.0.0.0/8",
        (10, _) => "private 10.0.0.0/8",
        (100, >= 64 and <= 127) => "carrier-grade NAT 100.64.0.0/10",
        (169, 254) => "link-local 169.254.0.0/16",
        (172, >= 16 and <= 31) => "private 172.16.0.0/12",
        (192, 168) => "private 192.168.0.0/16",
        (>= 224 and <= 239, _) => "multicast 224.0.0.0/4",
        (>= 240, _) => "reserved/broadcast 240.0.0.0/4",
        _ => null,
    };

    private static string? WhyForbiddenV6(byte[] b)
    {
        var span = b.AsSpan();
        if (span[..15].IndexOfAnyExcept((byte)0) < 0)
            return b[15] switch { 0 => "unspecified ::", 1 => "loopback ::1", _ => "IPv4-compatible ::/96" };
        if (b[0] == 0xff)
            return "multicast ff00::/8";
        if ((b[0] & 0xfe) == 0xfc)
            return "unique local fc00::/7";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
            return "link-local fe80::/10";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
            return "site-local fec0::/10";
        if (span[..12].IndexOfAnyExcept((byte)0) < 0)
            return Embedded("IPv4-compatible", span[12..]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && span[4..12].IndexOfAnyExcept((byte)0) < 0)
            return Embedded("NAT64", span[12..]);
        if (b[0] == 0x20 && b[1] == 0x02)
            return Embedded("6to4", span[2..6]);
        return null;
    }

    private static string? Embedded(string kind, ReadOnlySpan<byte> v4) =>
        WhyForbiddenV4(v4) is { } why ? $"{kind} address embedding {why}" : null;
}
