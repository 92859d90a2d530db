using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// Sign-in: Microsoft Entra ID bearer tokens validated by Microsoft.Identity.Web, or — in Development with no
/// AzureAd settings — anonymous calls from this machine only. Either way the same policy guards /api.
/// </summary>
public static class AuthServices
{
    /// <summary>Signed in (or a local developer) and holding the access_as_user scope.</summary>
    public const string ApiUserPolicy = "ApiUser";

    private const string IdentityMetadataClient = "identity-metadata";

    /// <summary>How long the service waits for the identity platform's signing keys before refusing the token.</summary>
    private static readonly TimeSpan DefaultMetadataTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Registers authentication and the /api policy. Returns false (after writing the reason to standard error)
    /// when the AzureAd settings are missing or incomplete outside Development: the caller stops with exit code 1.
    /// </summary>
    public static bool AddNoteAddinAuth(this WebApplicationBuilder builder)
    {
        var settings = AuthSettings.Read(builder.Configuration, builder.Environment.IsDevelopment(), out var error);
        if (error is not null)
        {
            Console.Error.WriteLine($"NoteAddin cannot start in {builder.Environment.EnvironmentName}: {error}");
            return false;
        }

        builder.Services.AddSingleton(settings);
        if (settings.Enabled)
        {
            var authentication = builder.Services
                .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(builder.Configuration, AuthSettings.Section);
            if (settings.CanCallDownstream)
            {
                authentication.EnableTokenAcquisitionToCallDownstreamApi().AddInMemoryTokenCaches();
            }

            var timeout = builder.Configuration.GetValue<TimeSpan?>("Auth:MetadataTimeout") ?? DefaultMetadataTimeout;
            builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => HardenJwtBearer(o, timeout));

            // Identity.Web's issuer validator reads the tenant's metadata with an HttpClient of its own (100 s
            // timeout) unless it is given a named one: bound that too, or an unreachable identity platform holds
            // every request with a token for that long.
            builder.Services.AddHttpClient(IdentityMetadataClient, c => c.Timeout = timeout);
            builder.Services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = IdentityMetadataClient);
        }
        else
        {
            builder.Services
                .AddAuthentication(DevelopmentLoopbackHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DevelopmentLoopbackHandler>(DevelopmentLoopbackHandler.SchemeName, null);
        }

        // Identity.Web's own scope requirement: it reads "scp" and its long form and matches whole space-separated
        // scopes. AddMicrosoftIdentityWebApi registers its handler; the loopback mode needs it registered here, and
        // without a handler the requirement would fail every call. Registering twice is harmless (TryAddEnumerable).
        builder.Services.AddRequiredScopeAuthorization();
        builder.Services.AddAuthorization(o => o.AddPolicy(ApiUserPolicy, p => p
            .RequireAuthenticatedUser()
            .RequireScope(AuthSettings.ApiScope)));

        // 401 and 403 from the framework come without a body; status code pages turn them into problem details,
        // and these titles say what to do.
        builder.Services.Configure<ProblemDetailsOptions>(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                DescribeAuthProblem(context.ProblemDetails, settings);
            };
        });
        return true;
    }

    /// <summary>Authentication, authorization, and the start-up warning when sign-in is off.</summary>
    public static WebApplication UseNoteAddinAuth(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<AuthSettings>().Enabled)
        {
            app.Logger.LogWarning(
                "*** SIGN-IN IS OFF *** Development without AzureAd settings: /api accepts anonymous calls from this machine (loopback) only. " +
                "Never run like this where others can reach the service, nor behind a reverse proxy on the same machine.");
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Puts a group of /api endpoints behind sign-in and the per-user rate limit.</summary>
    public static TBuilder RequireApiUser<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ApiUserPolicy).RequireRateLimiting(Hardening.PerUserPolicy);

    private static void HardenJwtBearer(JwtBearerOptions options, TimeSpan metadataTimeout)
    {
        // The signing keys come from the identity platform's metadata; when it cannot be reached, a token must be
        // refused within seconds, not after HttpClient's default 100 s.
        options.BackchannelTimeout = metadataTimeout;

        var messageReceived = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await messageReceived(context);
            if (context.Result is not null || context.Token is not null)
            {
                return;
            }

            // Garbage that is not even a JWT is refused before anything asks for the signing keys.
            string? header = context.Request.Headers.Authorization;
            if (header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && !new JsonWebTokenHandler().CanReadToken(header["Bearer ".Length..].Trim()))
            {
                context.Fail("The bearer token is not a well-formed JWT.");
            }
        };

        var authenticationFailed = options.Events.OnAuthenticationFailed;
        options.Events.OnAuthenticationFailed = async context =>
        {
            await authenticationFailed(context);

            // Most failures already end as 401. One does not: when the metadata cannot be fetched the handler
            // rethrows, which would be a 500. A token we cannot verify is a token we do not accept.
            if (context.Result is null)
            {
                context.Fail(context.Exception);
            }
        };
    }

    private static void DescribeAuthProblem(ProblemDetails problem, AuthSettings settings)
    {
        switch (problem.Status)
        {
            case StatusCodes.Status401Unauthorized when problem.Title is null or "Unauthorized":
                problem.Title = settings.Enabled
                    ? "Sign in first: send a Microsoft Entra ID access token for this API (scope access_as_user)."
                    : "Sign-in is off in Development, so only calls from this machine (loopback) are accepted.";
                problem.Detail ??= settings.Enabled ? "The token is missing, expired, or not issued for this API." : null;
                break;
            case StatusCodes.Status403Forbidden when problem.Title is null or "Forbidden":
                problem.Title = $"The access token lacks the scope {AuthSettings.ApiScope}.";
                problem.Detail ??= $"Request a token for {settings.FullScope}.";
                break;
        }
    }
}
