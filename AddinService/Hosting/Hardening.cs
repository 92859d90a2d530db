using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// What keeps the service up under anything a client sends: a global request body limit, a per-user rate limit
/// (Production; off in Development so local load tests measure the engine), and HSTS outside Development.
/// There is no CORS for the pane: it is served from the same origin. The one exception is the on-send script's call
/// from classic Outlook's JavaScript-only runtime (OnSendCors): its own origin, one endpoint, nothing else.
/// </summary>
public static class Hardening
{
    public const string PerUserPolicy = "per-user";

    /// <summary>Any request body, unless the endpoint says otherwise (/check-batch allows more, /check less).</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        var maxBody = builder.Configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? DefaultMaxRequestBodyBytes;
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = maxBody);

        var limits = RateLimitSettings.Read(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(limits);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PerUserPolicy, context => limits.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = (context, cancellationToken) => RejectAsync(context, limits, cancellationToken);
        });

        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        return builder;
    }

    /// <summary>HSTS outside Development (browsers then refuse plain http for this host).</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>The rate limiter; after authentication, so that it can partition by user.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<RateLimitSettings>();
        if (!limits.Enabled)
        {
            // Off (Development): no middleware at all. A "no limiter" partition still takes the partition table's
            // lock on every request, which two busy cores queue on.
            return app;
        }

        app.Logger.LogInformation("Rate limit: {PermitLimit} requests per {Window} per signed-in user.", limits.PermitLimit, limits.Window);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The signed-in user (tenant and object id); the caller's address for anonymous calls such as /api/config.</summary>
    internal static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var oid = user.FindFirst("oid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value;
            var tid = user.FindFirst("tid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value;
            var sub = oid ?? user.FindFirst("sub")?.Value ?? user.Identity.Name;
            if (sub is not null)
            {
                return $"user:{tid}/{sub}";
            }
        }

        return $"ip:{context.Connection.RemoteIpAddress}";
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitSettings limits, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int)Math.Ceiling(limits.Window.TotalSeconds);
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = $"Too many requests: try again in {seconds} s.",
                Detail = $"Each user may send {limits.PermitLimit} requests per {limits.Window.TotalSeconds:0} s.",
            },
        });
    }
}

/// <summary>The "RateLimiting" section: Enabled (default: on outside Development), PermitLimit, WindowSeconds.</summary>
public sealed record RateLimitSettings(bool Enabled, int PermitLimit, TimeSpan Window)
{
    public static RateLimitSettings Read(IConfiguration configuration, bool isDevelopment)
    {
        var section = configuration.GetSection("RateLimiting");
        var enabled = section.GetValue<bool?>("Enabled") ?? !isDevelopment;
        var permits = Math.Max(1, section.GetValue<int?>("PermitLimit") ?? 120);
        var window = TimeSpan.FromSeconds(Math.Max(1, section.GetValue<double?>("WindowSeconds") ?? 60));
        return new RateLimitSettings(enabled, permits, window);
    }
}
