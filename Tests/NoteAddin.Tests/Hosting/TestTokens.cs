using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NoteAddin.Tests.Hosting;

/// <summary>
/// Signs access tokens the way Microsoft Entra ID would for this API, with an RSA key made here, so auth tests
/// need no network. Ids are obviously fake.
/// </summary>
internal sealed class TestTokens : IDisposable
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";
    public const string ClientId = "00000000-0000-0000-0000-0000000000bb";
    public const string Instance = "https://login.microsoftonline.com/";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _forger = RSA.Create(2048);

    public TestTokens()
    {
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "test-key" };
    }

    public RsaSecurityKey SigningKey { get; }

    public static string Issuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    public static string Audience => $"api://{ClientId}";

    /// <summary>A token; every part can be spoiled by the caller to make one of the bad kinds.</summary>
    public string Create(
        string? scope = "access_as_user",
        string? audience = null,
        string? issuer = null,
        DateTime? expires = null,
        string oid = "00000000-0000-0000-0000-0000000000c1",
        bool forged = false)
    {
        var claims = new List<Claim> { new("oid", oid), new("tid", TenantId), new("name", "Test User"), new("ver", "2.0") };
        if (scope is not null)
        {
            claims.Add(new Claim("scp", scope));
        }

        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var key = forged ? new RsaSecurityKey(_forger) { KeyId = SigningKey.KeyId } : SigningKey;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _forger.Dispose();
    }
}
