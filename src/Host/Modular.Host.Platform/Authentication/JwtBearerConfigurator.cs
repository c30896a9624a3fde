using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Modular.Host.Platform.Authentication.TokenCache;
using Modular.Shared.Application.Security;

namespace Modular.Host.Platform.Authentication;

/// <summary>
/// Builds token validation from the validated <see cref="JwtOptions"/>, so the issuer and the validators never disagree;
/// the token handlers answer from <see cref="ValidatedTokenCache"/> for a token validated before (ADR 0039).
/// </summary>
internal sealed class JwtBearerConfigurator(IOptions<JwtOptions> jwtOptions, ValidatedTokenCache tokenCache) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var jwt = jwtOptions.Value;
        // Keep the contract's short claim names (sub, email, role) instead of the legacy WS-Federation URIs.
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(jwt.ClockSkewSeconds),
            NameClaimType = JwtClaimNames.Subject,
            RoleClaimType = JwtClaimNames.Role,
        };
        options.Events = new BearerEvents();
        if (tokenCache.Enabled)
        {
            // Wraps the handlers the options made (IdentityModel's JsonWebTokenHandler, MapInboundClaims already applied).
            var handlers = options.TokenHandlers.ToArray();
            options.TokenHandlers.Clear();
            foreach (var handler in handlers)
            {
                options.TokenHandlers.Add(new CachingTokenHandler(handler, tokenCache));
            }
        }
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
