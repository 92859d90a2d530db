using Microsoft.Identity.Web;
using NoteAddin.Service.Graph;

namespace NoteAddin.Service.Hosting;

/// <summary>Contact history through Microsoft Graph on the user's behalf, when sign-in and a client credential are configured.</summary>
public static class ContactHistoryServices
{
    public static WebApplicationBuilder AddContactHistory(this WebApplicationBuilder builder)
    {
        var auth = AuthSettings.Read(builder.Configuration, builder.Environment.IsDevelopment(), out _);
        var section = builder.Configuration.GetSection(GraphSettings.Section);
        var defaults = new GraphSettings();
        var scopes = section.GetSection("Scopes").Get<string[]>();
        var unavailable =
            !auth.Enabled ? "Sign-in is off (no AzureAd settings), so there is no user to read a mailbox for."
            : !auth.CanCallDownstream ? "The service has no client credential (AzureAd:ClientSecret or AzureAd:ClientCertificates) to call Microsoft Graph on your behalf."
            : section.GetValue<bool?>("Enabled") == false ? "Microsoft Graph is turned off in this server's settings (Graph:Enabled)."
            : null;
        var settings = defaults with
        {
            BaseUrl = section["BaseUrl"] is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') : defaults.BaseUrl,
            Scopes = scopes is { Length: > 0 } ? scopes : defaults.Scopes,
            Available = unavailable is null,
            Unavailable = unavailable,
        };

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        if (settings.Available)
        {
            builder.Services.AddSingleton(sp => GraphHttp.Create(settings, sp.GetRequiredService<TimeProvider>()));
            builder.Services.AddScoped<IContactHistory>(sp =>
            {
                var tokens = new TokenAcquisitionTokenProvider(sp.GetRequiredService<ITokenAcquisition>(), settings.Scopes, new Uri(settings.BaseUrl).Host);
                return new GraphContactHistory(
                    sp.GetRequiredService<GraphHttp>().ClientFor(tokens, settings),
                    settings,
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<GraphContactHistory>>());
            });
        }

        return builder;
    }
}
