using System.Text.Json.Nodes;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Scenarios;

/// <summary>
/// Reads scenario files: YAML (<c>.yaml</c>, <c>.yml</c>) or JSON (<c>.json</c>), in which a policy analyst writes the
/// profile, inline overrides, the input and the expected outcome of each case.
/// </summary>
/// <remarks>
/// <para>A file holds, at the top: <c>profile</c> (a built-in id such as <c>CN-2016</c>, or a profile or overlay file
/// relative to the scenario file), <c>overrides</c> (an inline overlay: <c>year</c>, <c>povertyLines</c>,
/// <c>parameters</c>; a bare value stands for an unverified parameter cited to the file), <c>households</c>,
/// <c>villages</c> and <c>counties</c> (named templates) and <c>scenarios</c>, a list. Each scenario has a <c>name</c>, optionally its own <c>profile</c> (which
/// replaces the file's) and <c>overrides</c> (applied after the file's), a <c>kind</c> (<c>household</c>, the default;
/// <c>village</c>; <c>county</c>; <c>accountability</c>, a county's cadre accountability record with templates under
/// <c>accountabilities</c>; <c>monitoring</c>, whose input is a household), the input under the kind's name, and <c>expect</c>: <c>status</c> and optionally the
/// exact sets of <c>failed</c> and <c>unknown</c> criteria (for a household also <c>dataQuality</c>, the exact set of data-quality checks that find a defect), and <c>distance</c>: the distance to exit, as its summary text. A village or county is assessed from its recorded figures
/// (remaining poor people, rural population, facilities, third-party sample, procedure).</para>
/// <para>A <c>schedule</c>, <c>plan</c> or <c>allocation</c> scenario gives its inputs under its kind's name (see
/// <see cref="PlanningInput"/> and the README's "Planning" section) and expects a status (<c>AllWithinPlan</c> /
/// <c>NotAllWithinPlan</c>, <c>PlanMet</c> / <c>PlanNotMet</c>, <c>Allocated</c>, or <c>InvalidInput</c>) and
/// <c>figures</c>, a mapping of figure name to value.</para>
/// <para>A household, village or county may name a template of its kind as <c>base</c>: the template's properties are
/// taken, and the ones the scenario gives replace them whole (a list or a nested record is replaced, not merged).</para>
/// </remarks>
public static class ScenarioFile
{
    private static readonly string[] FileKeys = ["profile", "overrides", "households", "villages", "counties", "accountabilities", "scenarios"];
    private static readonly string[] ScenarioKeys = ["name", "kind", "profile", "overrides", "household", "village", "county", "accountability", "schedule", "plan", "allocation", "expect"];
    private static readonly string[] ExpectKeys = ["status", "failed", "unknown", "dataQuality", "figures", "distance", "elimination"];

    /// <summary>Reads every scenario of the file at <paramref name="path"/>, within <see cref="ScenarioLoadOptions.Default"/>'s limits.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed; the exception gives the file, line, path and reason.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<Scenario> Load(string path) => Load(path, ScenarioLoadOptions.Default);

    /// <summary>Reads every scenario of the file at <paramref name="path"/>, within the limits of <paramref name="options"/>.</summary>
    /// <exception cref="ScenarioFormatException">
    /// The file is malformed, over a limit, or names a profile file that may not be read; the exception gives the file,
    /// line, path and reason.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<Scenario> Load(string path, ScenarioLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        return Parse(SourceDocument.ReadFile(path, options), path, options);
    }

    /// <summary>
    /// Reads every scenario of <paramref name="text"/>; <paramref name="file"/> names it in errors, tells YAML from JSON
    /// by its extension, and is where relative profile paths start from.
    /// </summary>
    /// <exception cref="ScenarioFormatException">The text is malformed.</exception>
    public static IReadOnlyList<Scenario> Parse(string text, string file) => Parse(text, file, ScenarioLoadOptions.Default);

    /// <summary>
    /// Reads every scenario of <paramref name="text"/> within the limits of <paramref name="options"/>;
    /// <paramref name="file"/> names it in errors, tells YAML from JSON by its extension, and is where relative profile
    /// paths start from.
    /// </summary>
    /// <exception cref="ScenarioFormatException">The text is malformed, over a limit, or names a profile file that may not be read.</exception>
    public static IReadOnlyList<Scenario> Parse(string text, string file, ScenarioLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var source = SourceDocument.Read(text, file, options);
        var root = source.Root as JsonObject
            ?? throw source.Error("$", "expected a mapping with 'scenarios' (and optionally 'profile', 'overrides', 'households', 'villages', 'counties')");
        CheckKnown(source, root, "$", FileKeys);
        var reader = new Reader(source, root, options);
        var list = root["scenarios"] as JsonArray;
        if (list is null || list.Count == 0)
        {
            throw source.Error("$.scenarios", "expected a non-empty list of scenarios");
        }

        var scenarios = new List<Scenario>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var scenario = reader.Scenario(list[i], i);
            if (!names.Add(scenario.Name))
            {
                throw source.Error($"$.scenarios[{i}].name", $"the name '{scenario.Name}' is used twice in this file; test names must be unique");
            }

            scenarios.Add(scenario);
        }

        return scenarios.AsReadOnly();
    }

    /// <summary>
    /// The scenario files matching <paramref name="pattern"/>, sorted: a path relative to
    /// <paramref name="baseDirectory"/> whose file name may hold <c>*</c> and <c>?</c>, and whose folder may end in
    /// <c>**</c> to search every folder below it, e.g. <c>Scenarios/*.yaml</c> or <c>Scenarios/**/*.yaml</c>.
    /// </summary>
    /// <param name="pattern">The pattern; <c>/</c> or <c>\</c> separate folders.</param>
    /// <param name="baseDirectory">Where a relative pattern starts; the application's base directory when null.</param>
    public static IReadOnlyList<string> Find(string pattern, string? baseDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var normalized = pattern.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : normalized[..slash];
        var name = normalized[(slash + 1)..];
        var recursive = folder == "**" || folder.EndsWith("/**", StringComparison.Ordinal);
        if (recursive)
        {
            folder = folder[..Math.Max(0, folder.Length - 3)];
        }

        var directory = Path.GetFullPath(Path.Combine(baseDirectory ?? AppContext.BaseDirectory, folder));
        return Directory.Exists(directory)
            ? [.. Directory.GetFiles(directory, name, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>
    /// Reads a list of households from a YAML or JSON file (a list of household objects, in the scenario format), e.g.
    /// the fixed sample of a <see cref="SnapshotGuard"/>.
    /// </summary>
    /// <exception cref="ScenarioFormatException">The file is not a list of households.</exception>
    public static IReadOnlyList<Household> LoadHouseholds(string path) => LoadHouseholds(path, ScenarioLoadOptions.Default);

    /// <summary>Reads a list of households from a YAML or JSON file, within the limits of <paramref name="options"/>.</summary>
    /// <exception cref="ScenarioFormatException">The file is not a list of households, or is over a limit.</exception>
    public static IReadOnlyList<Household> LoadHouseholds(string path, ScenarioLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var source = SourceDocument.Read(SourceDocument.ReadFile(path, options), path, options);
        var list = source.Root as JsonArray ?? throw source.Error("$", "expected a list of households");
        return list.Select((node, i) => ModelJson.ReadHousehold(node, source, $"$[{i}]")).ToList().AsReadOnly();
    }

    private static void CheckKnown(SourceDocument source, JsonObject obj, string path, string[] known)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key))
            {
                throw source.Error($"{path}.{key}", $"unknown name '{key}'; expected one of {string.Join(", ", known)}");
            }
        }
    }

    private sealed class Reader(SourceDocument source, JsonObject root, ScenarioLoadOptions options)
    {
        private readonly string _root = options.Profiles.RootFor(Path.GetFullPath(source.File));
        private readonly Dictionary<string, PolicyProfile> _profiles = new(StringComparer.Ordinal);
        private readonly string _stem = Path.GetFileNameWithoutExtension(source.File);

        public Scenario Scenario(JsonNode? node, int index)
        {
            var path = $"$.scenarios[{index}]";
            var obj = node as JsonObject ?? throw source.Error(path, "expected a scenario (a mapping with name, the input and expect)");
            CheckKnown(source, obj, path, ScenarioKeys);
            var name = Text(obj["name"], $"{path}.name");
            var kind = Kind(obj["kind"], $"{path}.kind");
            // A monitoring scenario classifies a household: its input is the household.
            var inputName = kind == ScenarioKind.Monitoring ? "household" : kind.ToString().ToLowerInvariant();
            foreach (var other in new[] { "household", "village", "county", "accountability", "schedule", "plan", "allocation" }.Where(k => k != inputName && obj.ContainsKey(k)))
            {
                throw source.Error($"{path}.{other}", $"a {kind.ToString().ToLowerInvariant()} scenario takes '{inputName}', not '{other}'");
            }

            if (obj[inputName] is not JsonObject input)
            {
                throw source.Error($"{path}.{inputName}", $"a {kind.ToString().ToLowerInvariant()} scenario needs '{inputName}': the {inputName} to assess");
            }

            var profile = Profile(obj, path, index);
            var expect = Expectation(obj["expect"], $"{path}.expect", kind);
            var inputPath = $"{path}.{inputName}";
            if (kind >= ScenarioKind.Schedule)
            {
                return new Scenario(source.File, index, source.LineOf(path), name, kind, profile, null, null, null, expect)
                {
                    Planning = ModelJson.ReadPlanning(kind, input, source, inputPath),
                };
            }

            var resolved = Resolve(input, inputPath, Templates(kind), []);
            if (kind == ScenarioKind.Accountability)
            {
                return new Scenario(source.File, index, source.LineOf(path), name, kind, profile, null, null, null, expect)
                {
                    Accountability = ModelJson.ReadAccountability(resolved, source, inputPath),
                };
            }

            return new Scenario(
                source.File, index, source.LineOf(path), name, kind, profile,
                kind is ScenarioKind.Household or ScenarioKind.Monitoring ? ModelJson.ReadHousehold(resolved, source, inputPath) : null,
                kind == ScenarioKind.Village ? ModelJson.ReadVillage(resolved, source, inputPath) : null,
                kind == ScenarioKind.County ? ModelJson.ReadCounty(resolved, source, inputPath) : null,
                expect);
        }

        private ScenarioKind Kind(JsonNode? node, string path)
        {
            if (node is null)
            {
                return ScenarioKind.Household;
            }

            var text = Text(node, path);
            return Enum.TryParse<ScenarioKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(text[0])
                ? kind
                : throw source.Error(path, $"expected household, village, county, accountability, monitoring, schedule, plan or allocation, found '{text}'");
        }

        private PolicyProfile Profile(JsonObject scenario, string path, int index)
        {
            var (reference, referencePath) = scenario.ContainsKey("profile")
                ? (Text(scenario["profile"], $"{path}.profile"), $"{path}.profile")
                : root.ContainsKey("profile")
                    ? (Text(root["profile"], "$.profile"), "$.profile")
                    : throw source.Error($"{path}.profile", "no profile: give 'profile' in the scenario or at the top of the file");
            var profile = Named(reference, referencePath);
            var baseId = profile.Id;
            if (root["overrides"] is { } fileOverrides)
            {
                profile = Overlay(profile, fileOverrides, "$.overrides", $"{baseId}+{_stem}");
            }

            if (scenario["overrides"] is { } overrides)
            {
                profile = Overlay(profile, overrides, $"{path}.overrides", $"{baseId}+{_stem}[{index}]");
            }

            return profile;
        }

        private PolicyProfile Named(string reference, string path)
        {
            if (_profiles.TryGetValue(reference, out var known))
            {
                return known;
            }

            var profile = PolicyProfiles.Find(reference);
            if (profile is null)
            {
                string file;
                try
                {
                    file = ConfinedFile.Resolve(reference, Path.GetDirectoryName(Path.GetFullPath(source.File)) ?? _root, _root, options.Profiles);
                }
                catch (RefusedFileException e)
                {
                    throw source.Error(path, $"the profile is not read: {e.Message}");
                }

                if (!File.Exists(file) && !Directory.Exists(file))
                {
                    throw source.Error(path, $"no built-in profile '{reference}' and no profile file {file}; built-in ids: {string.Join(", ", PolicyProfiles.All.Select(p => p.Id))}");
                }

                try
                {
                    profile = ProfileJson.LoadChain(file, _root, options.Profiles, entryNamedByCaller: false);
                }
                catch (ProfileFormatException e)
                {
                    throw source.Error(path, $"the profile cannot be read: {e.Message}", e);
                }
            }

            _profiles[reference] = profile;
            return profile;
        }

        private PolicyProfile Overlay(PolicyProfile profile, JsonNode overrides, string path, string id)
        {
            if (overrides is not JsonObject obj)
            {
                throw source.Error(path, "expected a mapping of year, povertyLines and parameters");
            }

            var changes = (JsonObject)obj.DeepClone();
            changes["id"] ??= id;
            changes["name"] ??= $"{profile.Name}, with the overrides of {Path.GetFileName(source.File)}";
            try
            {
                return ProfileJson.Overlay(profile, changes, $"Scenario file {Path.GetFileName(source.File)}: inline override");
            }
            catch (ProfileFormatException e)
            {
                throw source.Error(path + e.Path[1..], e.Reason, e);
            }
        }

        private ScenarioExpectation Expectation(JsonNode? node, string path, ScenarioKind kind)
        {
            var obj = node as JsonObject ?? throw source.Error(path, "expected 'expect' with at least 'status'");
            CheckKnown(source, obj, path, ExpectKeys);
            var status = Text(obj["status"], $"{path}.status");
            var statuses = kind switch
            {
                ScenarioKind.Village => Enum.GetNames<VillageStatus>(),
                ScenarioKind.County => Enum.GetNames<CountyStatus>(),
                ScenarioKind.Accountability => Enum.GetNames<AccountabilityStatus>(),
                ScenarioKind.Monitoring => Enum.GetNames<MonitoringStatus>(),
                >= ScenarioKind.Schedule => PlanningOutcome.Statuses(kind),
                _ => Enum.GetNames<HouseholdStatus>(),
            };
            if (!statuses.Contains(status, StringComparer.Ordinal))
            {
                throw source.Error($"{path}.status", $"expected one of {string.Join(", ", statuses)} for a {kind.ToString().ToLowerInvariant()}, found '{status}'");
            }

            var dataQuality = Ids(obj, "dataQuality", path);
            if (dataQuality is not null && kind != ScenarioKind.Household)
            {
                throw source.Error($"{path}.dataQuality", $"the data-quality checks run on households, not on a {kind.ToString().ToLowerInvariant()}");
            }

            var figures = obj["figures"] switch
            {
                null => null,
                JsonObject map when kind >= ScenarioKind.Schedule => map.ToDictionary(
                    f => f.Key,
                    f => f.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : f.Value?.ToJsonString() ?? "null",
                    StringComparer.Ordinal),
                JsonObject => throw source.Error($"{path}.figures", $"figures are expected of schedule, plan and allocation scenarios, not of a {kind.ToString().ToLowerInvariant()}"),
                _ => throw source.Error($"{path}.figures", "expected a mapping of figure name to value"),
            };
            if (kind >= ScenarioKind.Schedule && (obj.ContainsKey("failed") || obj.ContainsKey("unknown")))
            {
                throw source.Error(path, "a planning scenario has no criteria: expect its status and figures");
            }

            string? elimination = null;
            if (obj.ContainsKey("elimination"))
            {
                if (kind != ScenarioKind.Monitoring)
                {
                    throw source.Error($"{path}.elimination", $"risk elimination is a monitoring result, not a {kind.ToString().ToLowerInvariant()}'s");
                }

                elimination = Text(obj["elimination"], $"{path}.elimination");
                if (!Enum.GetNames<RiskEliminationStatus>().Contains(elimination, StringComparer.Ordinal))
                {
                    throw source.Error($"{path}.elimination", $"expected one of {string.Join(", ", Enum.GetNames<RiskEliminationStatus>())}, found '{elimination}'");
                }
            }

            return new ScenarioExpectation(status, Ids(obj, "failed", path), Ids(obj, "unknown", path)) { DataQuality = dataQuality, Figures = figures, Distance = Distance(obj, path), Elimination = elimination };
        }

        /// <summary>The expected distance's summary: given as the text, or as a list of its parts joined by <c>; </c>.</summary>
        private string? Distance(JsonObject expect, string path)
        {
            if (!expect.ContainsKey("distance"))
            {
                return null;
            }

            var node = expect["distance"];
            return node is JsonArray parts
                ? parts.Count == 0
                    ? throw source.Error($"{path}.distance", "expected the distance's parts, e.g. [HH-INCOME 2016 +453, PROC-NOTICE], or its text, e.g. reached")
                    : string.Join("; ", parts.Select((part, i) => Text(part, $"{path}.distance[{i}]")))
                : Text(node, $"{path}.distance");
        }

        private IReadOnlyList<string>? Ids(JsonObject expect, string key, string path)
        {
            if (!expect.ContainsKey(key))
            {
                return null;
            }

            var list = expect[key] as JsonArray ?? throw source.Error($"{path}.{key}", "expected a list of criterion ids, e.g. [HH-INCOME]");
            return list.Select((id, i) => Text(id, $"{path}.{key}[{i}]")).ToList().AsReadOnly();
        }

        private static string Templates(ScenarioKind kind) =>
            kind switch { ScenarioKind.Village => "villages", ScenarioKind.County => "counties", ScenarioKind.Accountability => "accountabilities", _ => "households" }; // a monitoring scenario's household too

        /// <summary>The input with its template chain merged in: the scenario's own properties win, whole.</summary>
        private JsonObject Resolve(JsonObject input, string path, string section, List<string> chain)
        {
            if (input["base"] is not { } baseNode)
            {
                return input;
            }

            var name = Text(baseNode, $"{path}.base");
            if (chain.Contains(name))
            {
                throw source.Error($"{path}.base", $"templates name each other in a cycle: {string.Join(" → ", chain.Append(name))}");
            }

            var templates = root[section] as JsonObject;
            if (templates?[name] is not JsonObject template)
            {
                throw source.Error($"{path}.base", $"no template '{name}' under '{section}' at the top of the file");
            }

            chain.Add(name);
            var merged = (JsonObject)Resolve(template, $"$.{section}.{name}", section, chain).DeepClone();
            foreach (var (key, value) in input)
            {
                if (key != "base")
                {
                    merged[key] = value?.DeepClone();
                }
            }

            return merged;
        }

        private string Text(JsonNode? node, string path) =>
            node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
                ? text
                : throw source.Error(path, $"expected non-empty text, found {node?.ToJsonString() ?? "nothing"}");
    }
}
