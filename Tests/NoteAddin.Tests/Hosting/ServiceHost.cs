using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace NoteAddin.Tests.Hosting;

/// <summary>
/// The real service in a test host. <see cref="Development"/> is the README's run command (sign-in off,
/// loopback only); <see cref="SignedIn"/> is Production with fake AzureAd settings whose tokens are checked
/// against <see cref="TestTokens"/>' key through a static OpenID configuration, so nothing is fetched.
/// </summary>
internal sealed class ServiceHost : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly TestTokens? _tokens;
    private readonly Action<IServiceCollection>? _services;

    private ServiceHost(string environment, Dictionary<string, string?> settings, TestTokens? tokens, IPAddress? remote, Action<IServiceCollection>? services)
    {
        _environment = environment;
        _settings = settings;
        _tokens = tokens;
        _services = services;
        RemoteAddress = remote;
    }

    /// <summary>The client address the service sees (TestServer has none of its own).</summary>
    public IPAddress? RemoteAddress { get; }

    public LogCapture Logs { get; } = new();

    public static ServiceHost Development(IPAddress? remote = null, Dictionary<string, string?>? settings = null) =>
        new("Development", settings ?? [], null, remote ?? IPAddress.Loopback, null);

    /// <summary>Development where the connection has no remote address at all (as over a Unix socket).</summary>
    public static ServiceHost DevelopmentWithoutRemoteAddress() => new("Development", [], null, null, null);

    /// <summary>Production with AzureAd settings; <paramref name="settings"/> adds or overrides any.</summary>
    public static ServiceHost SignedIn(TestTokens tokens, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool staticMetadata = true)
    {
        var all = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = TestTokens.Instance,
            ["AzureAd:TenantId"] = TestTokens.TenantId,
            ["AzureAd:ClientId"] = TestTokens.ClientId,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new ServiceHost("Production", all, staticMetadata ? tokens : null, IPAddress.Parse("203.0.113.10"), services);
    }

    public HttpClient ClientWithToken(string? token, string baseAddress = "http://localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(RemoteAddress));
            if (_tokens is not null)
            {
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => UseStaticMetadata(o, _tokens));
            }

            _services?.Invoke(services);
        });
    }

    private static void UseStaticMetadata(JwtBearerOptions options, TestTokens tokens)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
        configuration.SigningKeys.Add(tokens.SigningKey);
        options.Authority = null;
        options.MetadataAddress = null!;
        options.Configuration = configuration;
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);

        // A new object: Identity.Web's own keeps its Entra issuer validator, which wants a tenant id claim check.
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = TestTokens.Issuer,
            ValidAudiences = [TestTokens.Audience, TestTokens.ClientId],
            IssuerSigningKey = tokens.SigningKey,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    private sealed class RemoteAddressFilter(IPAddress? address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware();
            });
            next(app);
        };
    }
}
