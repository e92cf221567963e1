using Microsoft.Extensions.Options;
using PovertyRules.Policy;

namespace PovertyRules.Extensions.DependencyInjection;

/// <summary>Checks every option of <see cref="PovertyRulesOptions"/> and fails with one message naming each bad one.</summary>
internal sealed class PovertyRulesOptionsValidator : IValidateOptions<PovertyRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, PovertyRulesOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"PovertyRules options are not usable ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}): {string.Join("; ", problems)}.");
    }

    internal static IEnumerable<string> Problems(PovertyRulesOptions options)
    {
        var profileSet = options.DefaultProfile is not null;
        var idSet = options.DefaultProfileId is not null;
        if (profileSet && idSet)
        {
            yield return $"DefaultProfileId ('{options.DefaultProfileId}') and DefaultProfile ('{options.DefaultProfile!.Id}') are both set; set one of them";
        }
        else if (!profileSet && !idSet)
        {
            yield return $"no default profile: set DefaultProfileId (one of {KnownIds()}) or DefaultProfile";
        }
        else if (idSet && PolicyProfiles.Find(options.DefaultProfileId!) is null)
        {
            yield return $"DefaultProfileId '{options.DefaultProfileId}' is not a built-in profile; the built-in profiles are {KnownIds()} (load one of your own with ProfileJson and set DefaultProfile)";
        }
        else if (profileSet)
        {
            foreach (var problem in ProfileValidator.Validate(options.DefaultProfile!))
            {
                yield return $"DefaultProfile '{options.DefaultProfile!.Id}': {problem}";
            }
        }

        if (options.Bulk is null)
        {
            yield return "Bulk is null; leave it unset for the defaults";
        }
        else
        {
            foreach (var problem in options.Bulk.Problems())
            {
                yield return "Bulk." + problem;
            }
        }
    }

    private static string KnownIds() => string.Join(", ", PolicyProfiles.All.Select(p => p.Id));
}
