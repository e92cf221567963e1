using PovertyRules.Extensions.DependencyInjection;
using PovertyRules.Policy;

namespace PovertyRules.WebApi;

/// <summary>The profile a request names, and the problems when it names none that exists.</summary>
internal static class Profiles
{
    public static PolicyProfile? Resolve(string? id, PovertyRulesDefaults defaults) =>
        string.IsNullOrEmpty(id) ? defaults.Profile : PolicyProfiles.Find(id);

    public static IResult Unknown(string id) =>
        JsonBody.Invalid("profile", $"'{id}' is not a built-in profile; the profiles are {string.Join(", ", PolicyProfiles.All.Select(p => p.Id))}.");

    public static IResult NotFound(string id) =>
        Results.Problem(
            $"'{id}' is not a built-in profile; the profiles are {string.Join(", ", PolicyProfiles.All.Select(p => p.Id))}.",
            statusCode: StatusCodes.Status404NotFound,
            title: "No such profile");
}
