using System.Text;
using NSec.Cryptography;

namespace NewsBot.Platforms.Discord.Interactions;

/// <summary>Discord's request signature: Ed25519 over timestamp + raw body, checked with the application's public key.</summary>
public sealed class InteractionSignature
{
    private readonly PublicKey _key;

    public InteractionSignature(string publicKeyHex)
    {
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
    }

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != 128 || !signatureHex.All(Uri.IsHexDigit))
            return false;
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, Convert.FromHexString(signatureHex));
    }
}
