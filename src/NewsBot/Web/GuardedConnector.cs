using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Web;

/// <summary>
/// The SocketsHttpHandler.ConnectCallback: resolves the host and drops forbidden addresses before any packet
/// is sent, so neither DNS rebinding nor a redirect can reach a private address. Every connection, first hop or
/// redirect, goes through here because the handler has no proxy and opens no socket of its own.
/// </summary>
internal sealed class GuardedConnector(IOptions<WebOptions> options, ISocketOpener opener)
{
    private readonly WebOptions _options = options.Value;
    private readonly HashSet<string> _allowedHosts = new(
        options.Value.AllowedHosts.Select(Normalize), StringComparer.OrdinalIgnoreCase);

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = Normalize(context.DnsEndPoint.Host);
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct);
        if (!_options.AllowPrivateAddresses && !_allowedHosts.Contains(host))
            addresses = Approve(host, addresses);
        return await opener.OpenAsync(addresses, context.DnsEndPoint.Port, ct);
    }

    private static IPAddress[] Approve(string host, IPAddress[] addresses)
    {
        var approved = addresses.Where(a => AddressPolicy.WhyForbidden(a) is null).ToArray();
        if (approved.Length > 0)
            return approved;
        var reasons = string.Join(", ", addresses.Select(a => $"{a} ({AddressPolicy.WhyForbidden(a)})"));
        var what = addresses is [var only] && only.ToString() == host
            ? $"{reasons} is not a public address"
            : addresses.Length == 0 ? "it has no address" : $"it resolves only to non-public addresses: {reasons}";
        throw new FetchRefusedException(
            $"Refused to connect to {host}: {what}. " +
            "Set Web:AllowedHosts to trust this host, or Web:AllowPrivateAddresses for a trusted network.");
    }

    private static string Normalize(string host) => host.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.');
}
