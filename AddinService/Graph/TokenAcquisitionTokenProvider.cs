using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;

namespace NoteAddin.Service.Graph;

/// <summary>
/// Hands the Graph SDK an access token obtained on behalf of the signed-in user (Microsoft.Identity.Web's token
/// acquisition, on-behalf-of flow), and only for Graph's own host: a next-link pointing anywhere else gets no token.
/// </summary>
internal sealed class TokenAcquisitionTokenProvider(ITokenAcquisition tokens, IReadOnlyList<string> scopes, string graphHost) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (uri.Scheme != Uri.UriSchemeHttps || !AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        // On behalf of the current request's user (user: null); userFlow is B2C's. Every argument is named so the
        // call binds to one overload of the two that ITokenAcquisition has.
        return await tokens.GetAccessTokenForUserAsync(
            scopes,
            authenticationScheme: null,
            tenantId: null,
            userFlow: null,
            user: null,
            tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = cancellationToken });
    }
}
