using Microsoft.AspNetCore.Cors.Infrastructure;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// CORS for the one call of the on-send script, POST /api/mail/check, and only as far as classic Outlook's
/// JavaScript-only runtime needs it: that runtime has no page of ours around it, so its call counts as cross-origin
/// and is preflighted, with the script's origin (our base URL's) as Origin. Outlook on the web and new Outlook call
/// from /onsend.html on our own origin and need none of this. Exactly that origin, that method and those headers;
/// no wildcard, no credentials (the token travels in Authorization). Every other endpoint stays without CORS.
/// </summary>
public static class OnSendCors
{
    public const string PolicyName = "onsend-runtime";

    internal static void AddPolicy(CorsOptions options, AddinAddress address) =>
        options.AddPolicy(PolicyName, policy => policy
            .SetIsOriginAllowed(address.AllowsOrigin)
            .WithMethods(HttpMethods.Post)
            .WithHeaders("Content-Type", "Authorization")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));

    /// <summary>The CORS middleware; before sign-in, so a preflight (which carries no token) is answered, not refused.</summary>
    public static WebApplication UseOnSendCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    /// <summary>Opens an endpoint to the on-send script's cross-origin call (POST /api/mail/check, and nothing else).</summary>
    public static TBuilder RequireOnSendCors<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireCors(PolicyName);
}
