using System.IO.Compression;
using System.Text.RegularExpressions;

namespace NoteAddin.Tests.Pane;

/// <summary>How the service serves the pane: the files, the security headers, and the size of the bundle.</summary>
[TestFixture]
public sealed partial class ServingTests
{
    private static HttpClient Http => BrowserFixture.Server.Http;

    [TestCase("taskpane.html", "text/html")]
    [TestCase("assets/taskpane.js", "text/javascript")]
    [TestCase("assets/taskpane.css", "text/css")]
    [TestCase("assets/msal.js", "text/javascript")]
    [TestCase("assets/icon-16.png", "image/png")]
    [TestCase("assets/icon-128.png", "image/png")]
    public async Task Serves_the_pane_and_its_assets(string path, string contentType)
    {
        using var response = await Http.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
    }

    [Test]
    public async Task Root_leads_to_the_pane()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = Http.BaseAddress };
        using var response = await client.GetAsync("/");

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/taskpane.html"));
    }

    [Test]
    public async Task Pane_is_served_with_a_strict_content_security_policy()
    {
        using var response = await Http.GetAsync("taskpane.html");
        var directives = CspDirectives.Of(response);

        Assert.Multiple(() =>
        {
            Assert.That(directives["script-src"], Is.EquivalentTo(new[] { "'self'", "https://appsforoffice.microsoft.com" }));
            Assert.That(directives["connect-src"], Is.EquivalentTo(new[] { "'self'", "https://login.microsoftonline.com" }), "the service, and the identity platform for MSAL.js");
            Assert.That(string.Join(";", response.Headers.GetValues("Content-Security-Policy")), Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
            Assert.That(directives["frame-ancestors"], Does.Contain("https://*.office.com").And.Contain("https://outlook.live.com"));
            Assert.That(directives["frame-ancestors"], Has.None.EqualTo("*").And.None.EqualTo("https:"));
            Assert.That(directives["object-src"], Is.EqualTo(new[] { "'none'" }));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.Contains("X-Frame-Options"), Is.False, "X-Frame-Options would stop Outlook from framing the pane");
        });
    }

    [Test]
    public async Task Api_answers_carry_nosniff_too()
    {
        using var response = await Http.GetAsync("api/templates");

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
    }

    [Test]
    public async Task Pane_html_has_no_inline_script_or_style()
    {
        var html = await Http.GetStringAsync("taskpane.html");

        Assert.Multiple(() =>
        {
            Assert.That(InlineScript().IsMatch(html), Is.False, "every <script> has a src");
            Assert.That(EventHandlerAttribute().IsMatch(html), Is.False, "no on…= handlers");
            Assert.That(html, Does.Not.Contain("<style").And.Not.Contain(" style="));
            Assert.That(html, Does.Contain("src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\""));
        });
    }

    [Test]
    public void Pane_javascript_and_css_stay_under_150_KB_gzipped()
    {
        var assets = Path.Combine(WebRoot(), "dist", "assets");
        var files = Directory.GetFiles(assets).Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)).ToList();
        Assert.That(files, Is.Not.Empty, $"no bundle in {assets}: the WebUI build step did not run");

        long gzipped = 0;
        foreach (var file in files)
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(file));
            }

            gzipped += output.Length;
        }

        TestContext.Out.WriteLine($"pane JS + CSS: {gzipped / 1024.0:F1} KB gzipped");
        Assert.That(gzipped, Is.LessThan(150 * 1024));
    }

    internal static string WebRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "AddinService", "wwwroot");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("AddinService/wwwroot not found above the test output");
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
