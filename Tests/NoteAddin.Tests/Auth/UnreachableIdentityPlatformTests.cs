using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Auth;

/// <summary>
/// Production settings whose identity platform never answers (a local socket that accepts and stays silent):
/// tokens are still refused with 401 — not 500 — and within seconds, not after HttpClient's 100 s.
/// </summary>
public sealed class UnreachableIdentityPlatformTests
{
    private TcpListener _silent = null!;
    private readonly List<TcpClient> _accepted = [];
    private TestTokens _tokens = null!;
    private ServiceHost _host = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _silent = new TcpListener(IPAddress.Loopback, 0);
        _silent.Start();
        _ = AcceptForeverAsync();
        var port = ((IPEndPoint)_silent.LocalEndpoint).Port;
        _tokens = new TestTokens();
        _host = ServiceHost.SignedIn(
            _tokens,
            new Dictionary<string, string?> { ["AzureAd:Instance"] = $"https://127.0.0.1:{port}/", ["Auth:MetadataTimeout"] = "00:00:02" },
            staticMetadata: false);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _host.Dispose();
        _tokens.Dispose();
        _silent.Stop();
        _silent.Dispose();
        foreach (var client in _accepted)
        {
            client.Dispose();
        }
    }

    [TestCase(null, 1)]
    [TestCase("garbage", 1)]
    [TestCase("valid-looking", 1)]
    [TestCase("valid-looking", 2)] // again: a second request must not wait longer than the first
    public async Task Tokens_are_refused_quickly(string? kind, int attempt)
    {
        var token = kind switch { null => null, "garbage" => "abc.def", _ => _tokens.Create() };
        using var client = _host.ClientWithToken(token);
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/rules");
        watch.Stop();

        TestContext.Out.WriteLine($"{kind ?? "no token"} #{attempt}: {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), _host.Logs.All);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                _accepted.Add(await _silent.AcceptTcpClientAsync());
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // stopped
        }
    }
}
