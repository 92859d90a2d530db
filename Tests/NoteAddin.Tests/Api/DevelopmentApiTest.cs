using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Api;

/// <summary>The service as the README's run command starts it (Development, a loopback caller), one per fixture.</summary>
public abstract class DevelopmentApiTest
{
    private ServiceHost _host = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        _host = ServiceHost.Development();
        Client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public void StopService()
    {
        Client.Dispose();
        _host.Dispose();
    }
}
