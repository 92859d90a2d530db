using System.IO.Compression;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>How the service serves the audit page: its files, the same security headers as the pane, a lean bundle.</summary>
[TestFixture]
public sealed class AuditServingTests
{
    private static HttpClient Http => BrowserFixture.Server.Http;

    [TestCase("audit.html", "text/html")]
    [TestCase("assets/audit.js", "text/javascript")]
    [TestCase("assets/audit.css", "text/css")]
    [TestCase("assets/audit-worker.js", "text/javascript")]
    public async Task Serves_the_audit_page_and_its_assets(string path, string contentType)
    {
        using var response = await Http.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
    }

    [Test]
    public async Task Audit_page_has_the_strict_policy_and_may_start_its_own_worker_only()
    {
        using var response = await Http.GetAsync("audit.html");
        var directives = CspDirectives.Of(response);

        Assert.Multiple(() =>
        {
            Assert.That(directives["worker-src"], Is.EqualTo(new[] { "'self'" }));
            Assert.That(directives["script-src"], Does.Not.Contain("'unsafe-inline'").And.Not.Contain("blob:"));
            Assert.That(directives["style-src"], Is.EqualTo(new[] { "'self'" }));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
        });
    }

    [Test]
    public void Audit_javascript_and_css_stay_under_40_KB_gzipped()
    {
        var assets = Path.Combine(ServingTests.WebRoot(), "dist", "assets");
        long gzipped = 0;
        foreach (var name in new[] { "audit.js", "audit.css", "audit-worker.js" })
        {
            var file = Path.Combine(assets, name);
            Assert.That(File.Exists(file), Is.True, $"{name} missing: the WebUI build step did not run");
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(file));
            }

            gzipped += output.Length;
        }

        TestContext.Out.WriteLine($"audit JS + CSS + worker: {gzipped / 1024.0:F1} KB gzipped");
        Assert.That(gzipped, Is.LessThan(40 * 1024));
    }
}
