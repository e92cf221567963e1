using PovertyRules.Policy;

namespace PovertyRules.Cli.Inputs;

/// <summary>Reads a <c>--profile</c> value: a built-in profile id (<c>CN-2016</c>, <c>HN-2016</c>, …) or a profile/overlay file.</summary>
internal static class ProfileArgument
{
    public static PolicyProfile Resolve(string value)
    {
        if (PolicyProfiles.Find(value) is { } builtIn)
        {
            return builtIn;
        }

        if (File.Exists(value))
        {
            try
            {
                return ProfileJson.LoadFile(value, ProfileLoadOptions.Default with { Root = Path.GetDirectoryName(Path.GetFullPath(value)) });
            }
            catch (ProfileFormatException e)
            {
                throw new UsageException($"The profile file {value} is not a valid profile: {e.Message}", e);
            }
        }

        throw new UsageException(
            $"'{value}' is neither a built-in profile ({string.Join(", ", PolicyProfiles.All.Select(p => p.Id))}) nor an existing profile file.");
    }
}
