using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Modular.Identity.Application.Abstractions;

/// <summary>Opaque refresh-token values: 256 random bits, base64url; only their SHA-256 hash is ever stored.</summary>
internal static class RefreshTokenSecret
{
    public const int SizeInBytes = 32;

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SizeInBytes));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
