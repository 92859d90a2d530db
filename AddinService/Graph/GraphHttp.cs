using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace NoteAddin.Service.Graph;

/// <summary>
/// The one HttpClient every Graph call goes through: the SDK's middleware, with its retry handler swapped for
/// ours. Built by hand rather than through IHttpClientFactory, whose logging handler would write request URLs —
/// and so the $filter with a customer's mail address — to the log.
/// </summary>
public sealed class GraphHttp(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static GraphHttp Create(GraphSettings settings, TimeProvider time, HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Remove(handlers.OfType<RetryHandler>().Single());
        handlers.Insert(0, new ThrottleRetryHandler(settings.MaxRetryAfter, time));
        var client = GraphClientFactory.Create(handlers, finalHandler: finalHandler ?? new SocketsHttpHandler());
        client.Timeout = settings.Timeout;
        return new GraphHttp(client);
    }

    /// <summary>A client for one request's user: the shared HttpClient, a token obtained on that user's behalf.</summary>
    public GraphServiceClient ClientFor(IAccessTokenProvider tokens, GraphSettings settings) =>
        new(Client, new BaseBearerTokenAuthenticationProvider(tokens), settings.BaseUrl);
}
