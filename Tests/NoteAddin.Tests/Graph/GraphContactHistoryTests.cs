using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using NoteAddin.Service.Graph;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace NoteAddin.Tests.Graph;

/// <summary>The real GraphServiceClient and our pipeline against canned Graph answers.</summary>
public sealed class GraphContactHistoryTests
{
    private const string Sent = "/v1.0/me/mailFolders/sentitems/messages";
    private const string Inbox = "/v1.0/me/messages";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly GraphSettings Settings = new() { Available = true, MaxPages = 3, MaxRetryAfter = TimeSpan.FromSeconds(2) };

    private static (GraphContactHistory History, ITokenAcquisition Tokens) Create(CannedGraph graph, ITokenAcquisition? tokens = null)
    {
        tokens ??= CannedGraph.Tokens();
        var http = GraphHttp.Create(Settings, TimeProvider.System, graph);
        var client = http.ClientFor(new TokenAcquisitionTokenProvider(tokens, Settings.Scopes, "graph.microsoft.com"), Settings);
        return (new GraphContactHistory(client, Settings, new FixedTime(Now), NullLogger<GraphContactHistory>.Instance), tokens);
    }

    [Test]
    public async Task Counts_sent_messages_and_replies_with_narrow_requests()
    {
        var graph = new CannedGraph((request, _) => request.RequestUri!.AbsolutePath == Sent
            ? CannedGraph.Page("sentDateTime", ["2026-10-02T09:30:00Z", "2026-09-01T08:00:00Z", "2026-11-20T16:45:00Z"])
            : CannedGraph.Page("receivedDateTime", ["2026-10-03T07:00:00Z"]));
        var (history, tokens) = Create(graph);

        var result = await history.GetAsync("it@contoso.com", 90, CancellationToken.None);

        Assert.That(result, Is.EqualTo(new ContactHistory(
            3, 1, new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 20, 16, 45, 0, TimeSpan.Zero), Complete: true)));
        var sent = graph.To(Sent).Single();
        var inbox = graph.To(Inbox).Single();
        Assert.Multiple(() =>
        {
            Assert.That(graph.Requests, Has.Count.EqualTo(2));
            Assert.That(sent.Url.Host, Is.EqualTo("graph.microsoft.com"));
            Assert.That(sent.Query("$filter"), Is.EqualTo("sentDateTime ge 2026-08-26T10:00:00Z and toRecipients/any(a:a/emailAddress/address eq 'it@contoso.com')"));
            Assert.That(sent.Query("$select"), Is.EqualTo("sentDateTime"));
            Assert.That(sent.Query("$top"), Is.EqualTo("250"));
            Assert.That(inbox.Query("$filter"), Is.EqualTo("receivedDateTime ge 2026-08-26T10:00:00Z and from/emailAddress/address eq 'it@contoso.com'"));
            Assert.That(inbox.Query("$select"), Is.EqualTo("receivedDateTime"));
            Assert.That(graph.Requests.Select(r => r.Authorization), Is.All.EqualTo("Bearer graph-token-for-test"));
        });
        await tokens.Received().GetAccessTokenForUserAsync(
            Arg.Is<IEnumerable<string>>(s => s.SequenceEqual(new[] { "https://graph.microsoft.com/Mail.ReadBasic" })),
            Arg.Any<string?>(), Arg.Any<string?>(), Arg.Any<string?>(), Arg.Any<ClaimsPrincipal?>(), Arg.Any<TokenAcquisitionOptions?>());
    }

    [TestCase("o'brien@contoso.com", "'o''brien@contoso.com'")]
    [TestCase("x' or true or 'a@contoso.com", "'x'' or true or ''a@contoso.com'")]
    [TestCase("a+b&c=d#e%f@contoso.com", "'a+b&c=d#e%f@contoso.com'")]
    [TestCase("müller@bäckerei.example", "'müller@bäckerei.example'")]
    public async Task Addresses_are_OData_string_literals_and_survive_the_URL(string address, string literal)
    {
        var graph = new CannedGraph((request, _) => CannedGraph.Page(request.RequestUri!.AbsolutePath == Sent ? "sentDateTime" : "receivedDateTime", []));
        var (history, _) = Create(graph);

        await history.GetAsync(address, 30, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(graph.To(Sent).Single().Query("$filter"), Does.EndWith($"address eq {literal})"));
            Assert.That(graph.To(Inbox).Single().Query("$filter"), Does.EndWith($"address eq {literal}"));
            Assert.That(graph.To(Sent).Single().Query("$select"), Is.EqualTo("sentDateTime"), "the address must not spill into other parameters");
        });
    }

    [Test]
    public async Task Follows_next_links_and_adds_up_the_pages()
    {
        const string next = "https://graph.microsoft.com/v1.0/me/mailFolders/sentitems/messages?$skiptoken=page2";
        var graph = new CannedGraph((request, count) => request.RequestUri!.AbsolutePath == Sent
            ? count == 1
                ? CannedGraph.Page("sentDateTime", ["2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"], next)
                : CannedGraph.Page("sentDateTime", ["2026-09-30T00:00:00Z"])
            : CannedGraph.Page("receivedDateTime", []));
        var (history, _) = Create(graph);

        var result = await history.GetAsync("it@contoso.com", 90, CancellationToken.None);

        var sent = graph.To(Sent).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(result.Sent, Is.EqualTo(3));
            Assert.That(result.FirstSent, Is.EqualTo(new DateTimeOffset(2026, 9, 30, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(result.Complete, Is.True);
            Assert.That(sent, Has.Length.EqualTo(2));
            Assert.That(sent[1].Query("$skiptoken"), Is.EqualTo("page2"));
            Assert.That(sent[1].Authorization, Is.EqualTo("Bearer graph-token-for-test"));
        });
    }

    [Test]
    public async Task Stops_after_the_page_limit_and_says_the_count_is_incomplete()
    {
        var graph = new CannedGraph((request, count) => request.RequestUri!.AbsolutePath == Sent
            ? CannedGraph.Page("sentDateTime", ["2026-10-01T00:00:00Z"], $"https://graph.microsoft.com/v1.0/me/mailFolders/sentitems/messages?$skiptoken={count}")
            : CannedGraph.Page("receivedDateTime", []));
        var (history, _) = Create(graph);

        var result = await history.GetAsync("it@contoso.com", 90, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(graph.To(Sent).Count(), Is.EqualTo(Settings.MaxPages));
            Assert.That(result.Sent, Is.EqualTo(Settings.MaxPages));
            Assert.That(result.Complete, Is.False);
        });
    }

    [Test]
    public async Task Never_follows_a_next_link_off_Graph()
    {
        var graph = new CannedGraph((request, _) => request.RequestUri!.AbsolutePath == Sent
            ? CannedGraph.Page("sentDateTime", ["2026-10-01T00:00:00Z"], "https://attacker.example/v1.0/me/mailFolders/sentitems/messages?$skiptoken=x")
            : CannedGraph.Page("receivedDateTime", []));
        var (history, _) = Create(graph);

        var result = await history.GetAsync("it@contoso.com", 90, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(graph.Requests.Select(r => r.Url.Host), Is.All.EqualTo("graph.microsoft.com"));
            Assert.That(result.Complete, Is.False);
        });
    }

    [Test]
    public async Task A_short_Retry_After_is_waited_out_once()
    {
        var graph = new CannedGraph((request, count) => request.RequestUri!.AbsolutePath == Sent && count == 1
            ? CannedGraph.Error(HttpStatusCode.TooManyRequests, "ApplicationThrottled", retryAfterSeconds: 1)
            : CannedGraph.Page(request.RequestUri!.AbsolutePath == Sent ? "sentDateTime" : "receivedDateTime", ["2026-10-01T00:00:00Z"]));
        var (history, _) = Create(graph);

        var result = await history.GetAsync("it@contoso.com", 90, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Sent, Is.EqualTo(1));
            Assert.That(graph.To(Sent).Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_long_Retry_After_goes_back_to_the_caller_at_once()
    {
        var graph = new CannedGraph((_, _) => CannedGraph.Error(HttpStatusCode.TooManyRequests, "ApplicationThrottled", retryAfterSeconds: 30));
        var (history, _) = Create(graph);
        var watch = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<ContactHistoryException>(() => history.GetAsync("it@contoso.com", 90, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(503));
            Assert.That(e.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(e.Title, Does.Contain("30 s"));
            Assert.That(graph.Requests, Has.Count.EqualTo(1), "no retry when Graph asks for a long wait");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public async Task Access_denied_becomes_403_naming_the_permission()
    {
        var graph = new CannedGraph((_, _) => CannedGraph.Error(HttpStatusCode.Forbidden, "ErrorAccessDenied"));
        var (history, _) = Create(graph);

        var e = await Assert.ThrowsAsync<ContactHistoryException>(() => history.GetAsync("it@contoso.com", 90, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(403));
            Assert.That(e.Detail, Does.Contain("Mail.ReadBasic").And.Contain("ErrorAccessDenied"));
        });
    }

    [TestCase(HttpStatusCode.InternalServerError, 502)]
    [TestCase(HttpStatusCode.BadRequest, 502)]
    [TestCase(HttpStatusCode.NotFound, 404)]
    [TestCase(HttpStatusCode.Unauthorized, 502)]
    public async Task Other_Graph_errors_are_mapped_not_thrown(HttpStatusCode status, int expected)
    {
        var graph = new CannedGraph((_, _) => CannedGraph.Error(status, "Whatever"));
        var (history, _) = Create(graph);

        var e = await Assert.ThrowsAsync<ContactHistoryException>(() => history.GetAsync("it@contoso.com", 90, CancellationToken.None));
        Assert.That(e!.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Missing_consent_for_the_on_behalf_of_token_becomes_403_and_Graph_is_not_called()
    {
        var tokens = Substitute.For<ITokenAcquisition>();
        tokens.GetAccessTokenForUserAsync(
                Arg.Any<IEnumerable<string>>(), Arg.Any<string?>(), Arg.Any<string?>(), Arg.Any<string?>(), Arg.Any<ClaimsPrincipal?>(), Arg.Any<TokenAcquisitionOptions?>())
            .ThrowsAsync(new MsalUiRequiredException("invalid_grant", "AADSTS65001: consent required (canned)"));
        var graph = new CannedGraph((_, _) => CannedGraph.Page("sentDateTime", []));
        var (history, _) = Create(graph, tokens);

        var e = await Assert.ThrowsAsync<ContactHistoryException>(() => history.GetAsync("it@contoso.com", 90, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(403));
            Assert.That(e.Title, Does.Contain("consent"));
            Assert.That(graph.Requests, Is.Empty);
        });
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
