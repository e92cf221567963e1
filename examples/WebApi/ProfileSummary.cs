namespace PovertyRules.WebApi;

/// <summary>A built-in profile in the list of <c>GET /profiles</c>.</summary>
/// <param name="Id">The profile id, e.g. CN-2016.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsDefault">Whether requests without a <c>profile</c> parameter use it.</param>
public sealed record ProfileSummary(string Id, string Name, bool IsDefault);
