using NoteAddin.Service.Hosting;

namespace NoteAddin.Tests.Hosting;

/// <summary>The run command's https on a machine without ASP.NET's development certificate: fall back, never crash.</summary>
[TestFixture]
public sealed class LocalHttpsTests
{
    [TestCase("https://localhost:3000;http://localhost:3001", false, "http://localhost:3001")]
    [TestCase("https://localhost:3000", false, "http://localhost:3001")]
    public void Without_a_development_certificate_the_service_falls_back_to_http(string urls, bool certificate, string expected)
    {
        var (use, warning) = LocalHttps.Plan(urls, certificate);

        Assert.That(use, Is.EqualTo(expected));
        Assert.That(warning, Does.Contain("dotnet dev-certs https").And.Contain("https://localhost:3000"));
    }

    [TestCase("https://localhost:3000;http://localhost:3001")]
    [TestCase("http://localhost:3001")]
    public void With_a_certificate_or_without_https_the_urls_stay(string urls)
    {
        var (use, warning) = LocalHttps.Plan(urls, certificateExists: urls.Contains("https", StringComparison.Ordinal));

        Assert.That(use, Is.EqualTo(urls));
        Assert.That(warning, Is.Null);
    }
}
