using Microsoft.Extensions.Configuration;
using NoteAddin.Service.Hosting;

namespace NoteAddin.Tests.OnSend;

/// <summary>Addin:BaseUrl: read with the manifest's rule, and the one origin the on-send CORS policy lets in.</summary>
[TestFixture]
public sealed class AddinAddressTests
{
    private static AddinAddress Read(string? value, out string? error) =>
        AddinAddress.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AddinAddress.Key] = value }).Build(), out error);

    [Test]
    public void A_base_url_is_normalised_as_the_manifest_renderer_does()
    {
        var address = Read(" https://Notes.Contoso.com:8443/addin/ ", out var error);

        Assert.That(error, Is.Null);
        Assert.That(address.BaseUrl, Is.EqualTo("https://notes.contoso.com:8443/addin"));
        Assert.That(address.Origin, Is.EqualTo("https://notes.contoso.com:8443"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void No_base_url_is_no_error(string? value)
    {
        var address = Read(value, out var error);

        Assert.That(error, Is.Null);
        Assert.That(address.BaseUrl, Is.Null);
        Assert.That(address.AllowsOrigin("https://localhost:3000"), Is.False);
    }

    [TestCase("http://notes.contoso.com")]
    [TestCase("notes.contoso.com")]
    [TestCase("https://notes.contoso.com/?x=1")]
    public void A_base_url_that_is_not_plain_https_is_an_error_naming_the_variable(string value)
    {
        Read(value, out var error);

        Assert.That(error, Does.StartWith("Addin__BaseUrl: ").And.Contain("https"));
    }

    [TestCase("https://notes.contoso.com", true)]
    [TestCase("https://notes.contoso.com/", true)]
    [TestCase("https://NOTES.contoso.com", true)]
    [TestCase("https://notes.contoso.com:443", true)]
    [TestCase("http://notes.contoso.com", false)]
    [TestCase("https://notes.contoso.com:8443", false)]
    [TestCase("https://notes.contoso.com.evil.example", false)]
    [TestCase("https://evil.example", false)]
    [TestCase("https://notes.contoso.com/addin", false)]
    [TestCase("null", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Only_the_base_urls_own_origin_is_allowed(string? origin, bool allowed)
    {
        Assert.That(Read("https://notes.contoso.com/addin", out _).AllowsOrigin(origin), Is.EqualTo(allowed));
    }
}
