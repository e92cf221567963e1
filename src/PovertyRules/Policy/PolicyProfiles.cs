using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace PovertyRules.Policy;

/// <summary>
/// The built-in policy profiles: national ones for 2014–2020 (<c>CN-2014</c> … <c>CN-2020</c>) and provincial overlays
/// where the policy sources give figures (e.g. <c>HN-2016</c>, <c>GD-2016</c>), and for relapse monitoring (2021 onwards)
/// <c>CN-2021</c> — an overlay of <c>CN-2020</c> that adds the monitoring line — with its provincial overlays
/// (<c>LN-2022</c>, <c>HB-2023</c>, <c>YN-2025</c>), found with <see cref="Find"/>. They ship as JSON files embedded in
/// the library (<c>Policy/Profiles/*.json</c>), read with <see cref="ProfileJson"/> like any user profile.
/// </summary>
public static class PolicyProfiles
{
    /// <summary>The first and last assessment years with a built-in national profile.</summary>
    public const int FirstYear = 2014, LastYear = 2020;

    private const string ResourcePrefix = "PovertyRules.Policy.Profiles.";

    private static readonly ImmutableArray<PolicyProfile> BuiltIn = LoadEmbedded();

    /// <summary>
    /// Every built-in profile: the national ones by year, then the others by id (national variants such as
    /// <c>CN-2018-STAT</c>, with the statistical 2018 line, and the provincial overlays).
    /// </summary>
    public static IReadOnlyList<PolicyProfile> All => BuiltIn;

    /// <summary>The national profile for an assessment year (2014–2020), id <c>CN-{year}</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No national profile exists for <paramref name="year"/>.</exception>
    public static PolicyProfile National(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"National profiles exist for {FirstYear}–{LastYear}; derive another year with 'with' and WithPovertyLine.");
        }

        return BuiltIn[year - FirstYear];
    }

    /// <summary>The built-in profile with this id (case-insensitive), or <c>null</c>.</summary>
    public static PolicyProfile? Find(string id) =>
        BuiltIn.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    private static ImmutableArray<PolicyProfile> LoadEmbedded()
    {
        var assembly = typeof(PolicyProfiles).Assembly;
        var sources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(".json", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                sources[resource[ResourcePrefix.Length..^".json".Length]] = reader.ReadToEnd();
            }
        }

        var loaded = new Dictionary<string, PolicyProfile>(StringComparer.OrdinalIgnoreCase);
        var loading = new List<string>();
        PolicyProfile? Get(string id)
        {
            if (loaded.TryGetValue(id, out var done))
            {
                return done;
            }

            if (!sources.TryGetValue(id, out var json))
            {
                return null;
            }

            var file = $"Policy/Profiles/{id}.json";
            if (loading.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                throw new ProfileFormatException("$.base", $"built-in overlays name each other in a cycle: {string.Join(" → ", loading.Append(id))}").InFile(file);
            }

            loading.Add(id);
            try
            {
                var profile = ProfileJson.Read(JsonNode.Parse(json), Get);
                if (!string.Equals(profile.Id, id, StringComparison.Ordinal))
                {
                    throw new ProfileFormatException("$.id", $"the id '{profile.Id}' must be the file's name, '{id}'");
                }

                loaded[id] = profile;
                return profile;
            }
            catch (ProfileFormatException e) when (e.File is null)
            {
                throw e.InFile(file);
            }
            finally
            {
                loading.RemoveAt(loading.Count - 1);
            }
        }

        var nationalIds = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(year => $"CN-{year}").ToList();
        var national = nationalIds
            .Select(id => Get(id) ?? throw new InvalidOperationException($"The built-in profile {id} is not embedded."));
        var others = sources.Keys.Except(nationalIds, StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(id => Get(id)!);
        return [.. national, .. others];
    }
}
