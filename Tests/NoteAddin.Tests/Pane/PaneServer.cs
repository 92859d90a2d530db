using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NoteAddin.Tests.Pane;

/// <summary>The real service on a real loopback socket (Kestrel), so a real browser can load the pane from it.</summary>
public sealed class PaneServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public PaneServer()
    {
        _factory = new WebApplicationFactory<Program>();
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        // 127.0.0.1, not localhost: the browser resolves no names at all (see BrowserFixture).
        BaseUrl = addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
    }
}
