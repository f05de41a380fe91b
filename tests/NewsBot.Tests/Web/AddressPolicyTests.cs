using System.Net;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.31.0.1")]
    [InlineData("192.168.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("169.254.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:192.168.1.1")]
    [InlineData("::10.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("2002:0a00:0001::1")]
    public void Non_public_addresses_are_forbidden(string address)
    {
        Assert.NotNull(AddressPolicy.WhyForbidden(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:0808:0808::1")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.Null(AddressPolicy.WhyForbidden(IPAddress.Parse(address)));
    }
}
