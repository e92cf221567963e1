namespace PovertyRules.Tests.Support;

/// <summary>
/// A seed derived from a test's name that is the same in every process (unlike <see cref="string.GetHashCode()"/>,
/// which .NET randomises per process), so that a random test replays exactly from the seed it prints.
/// </summary>
internal static class StableSeed
{
    /// <summary>FNV-1a of the name's UTF-16 code units, mixed with <paramref name="salt"/>.</summary>
    public static int Of(string name, int salt)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash) ^ salt;
    }
}
