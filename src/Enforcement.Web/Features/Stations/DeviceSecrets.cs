using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Web.Features.Stations;

/// <summary>A device's gateway credential as the gateway presents it.</summary>
internal readonly record struct PresentedCredential(string DeviceCode, string Secret);

/// <summary>
/// Per-device gateway secrets: 32 random bytes, given out once as base64url (43 characters); the platform keeps
/// only their SHA-256. A secret of 256 random bits needs no slow password hash: nothing can be guessed from the
/// digest, and checking stays cheap at the rate gateways call.
/// </summary>
internal static class DeviceSecrets
{
    public const int SecretBytes = 32;

    /// <summary>Compared against when the device is unknown, so that the answer takes as long either way.</summary>
    private static readonly byte[] Decoy = SHA256.HashData(new byte[SecretBytes]);

    public static (string Secret, byte[] Hash) New()
    {
        var bytes = RandomNumberGenerator.GetBytes(SecretBytes);
        return (Base64Url.EncodeToString(bytes), SHA256.HashData(bytes));
    }

    /// <summary>Constant-time comparison of the presented secret's digest with the stored one.</summary>
    public static bool Matches(string secret, byte[]? storedHash)
    {
        Span<byte> bytes = stackalloc byte[SecretBytes + 3];
        var decoded = Base64Url.IsValid(secret, out var length) && length == SecretBytes
            && Base64Url.TryDecodeFromChars(secret, bytes, out length) && length == SecretBytes;
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes[..SecretBytes], digest);
        var expected = storedHash is { Length: 32 } ? storedHash : Decoy;
        return CryptographicOperations.FixedTimeEquals(digest, expected) & decoded & storedHash is { Length: 32 };
    }

    /// <summary>
    /// Reads <c>Authorization: Device &lt;code&gt;:&lt;secret&gt;</c> or HTTP Basic (user = device code, password =
    /// secret). Null with <paramref name="malformed"/> false: not a device credential at all (another scheme, or none).
    /// </summary>
    public static PresentedCredential? Parse(string? header, out bool malformed)
    {
        malformed = false;
        if (string.IsNullOrWhiteSpace(header)) return null;
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return null;
        var scheme = header[..space];
        var value = header[(space + 1)..].Trim();
        string pair;
        if (scheme.Equals(DeviceAuthentication.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            pair = value;
        }
        else if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                pair = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            }
            catch (FormatException)
            {
                malformed = true;
                return null;
            }
        }
        else
        {
            return null;
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == pair.Length - 1)
        {
            malformed = true;
            return null;
        }
        return new PresentedCredential(pair[..colon].Trim().ToUpperInvariant(), pair[(colon + 1)..].Trim());
    }
}
