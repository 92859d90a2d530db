using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// Development without AzureAd settings: a call from this machine (loopback) is let in as a local developer with
/// the API's scope; any other call is not authenticated and gets 401. A connection with no remote address
/// (a Unix socket, a test host) counts as not loopback: unknown is not trusted.
/// </summary>
internal sealed class DevelopmentLoopbackHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentLoopback";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsLoopback(Context.Connection.RemoteIpAddress))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "local developer"),
                new Claim("oid", "00000000-0000-0000-0000-000000000000"),
                new Claim("scp", AuthSettings.ApiScope),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    public static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);
}
