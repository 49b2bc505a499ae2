using System.Security.Cryptography;

namespace AdminPortal.Domain.Demo;

/// <summary>Readable random passwords for the demo sign-ins (no look-alike characters).</summary>
public static class DemoPasswords
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    /// <summary>Three groups of four, e.g. <c>kd7T-mR2q-x9Lp</c>.</summary>
    public static string Generate()
    {
        var alphabet = Letters + Digits;
        var groups = Enumerable.Range(0, 3).Select(_ =>
        {
            var chars = Enumerable.Range(0, 4).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
            chars[RandomNumberGenerator.GetInt32(4)] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
            return new string(chars);
        });
        return string.Join('-', groups);
    }
}
