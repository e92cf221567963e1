using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PovertyRules.Policy;

/// <summary>
/// Reads and writes <see cref="PolicyProfile"/> as JSON. A profile file holds <c>id</c>, <c>name</c>, <c>year</c>,
/// <c>povertyLines</c> (year → parameter) and <c>parameters</c> (name → parameter); a parameter is an object with
/// <c>value</c>, <c>unit</c>, <c>citation</c> and <c>verified</c>.
/// </summary>
/// <remarks>
/// An overlay file names a <c>base</c> profile instead of listing everything: it holds <c>id</c>, <c>name</c>,
/// <c>base</c> and only the <c>year</c>, <c>povertyLines</c> and <c>parameters</c> it changes, each parameter in full.
/// Overlays chain: a base may itself be an overlay. The built-in profiles are such files, embedded in the library.
/// </remarks>
public static class ProfileJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string LineUnit = "yuan/person/year";

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Writes <paramref name="profile"/> as indented JSON, every line and parameter in full.</summary>
    public static string Save(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var lines = new JsonObject();
        foreach (var (year, line) in profile.PovertyLines)
        {
            lines[year.ToString(CultureInfo.InvariantCulture)] = LineToJson(line);
        }

        var parameters = new JsonObject();
        foreach (var parameter in ProfileParameters.All)
        {
            parameters[parameter.Name] = parameter.ToJson(profile);
        }

        var root = new JsonObject
        {
            ["id"] = profile.Id,
            ["name"] = profile.Name,
            ["year"] = profile.Year,
            ["povertyLines"] = lines,
            ["parameters"] = parameters,
        };
        if (profile.Packs.Count > 0)
        {
            root["packs"] = PacksToJson(profile.Packs.Values);
        }

        return root.ToJsonString(Options);
    }

    /// <summary>
    /// Writes <paramref name="profile"/> as an overlay of <paramref name="baseProfile"/>: its id and name, the base's id,
    /// and only the year, poverty lines and parameters whose value, citation or verified flag differ.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="profile"/> lacks a poverty line that the base has (an overlay cannot remove one).</exception>
    public static string SaveOverlay(PolicyProfile profile, PolicyProfile baseProfile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(baseProfile);
        var root = new JsonObject { ["id"] = profile.Id, ["name"] = profile.Name, ["base"] = baseProfile.Id };
        if (profile.Year != baseProfile.Year)
        {
            root["year"] = profile.Year;
        }

        var lines = new JsonObject();
        foreach (var (year, line) in profile.PovertyLines)
        {
            if (!baseProfile.PovertyLines.TryGetValue(year, out var baseLine) || baseLine != line)
            {
                lines[year.ToString(CultureInfo.InvariantCulture)] = LineToJson(line);
            }
        }

        var removed = baseProfile.PovertyLines.Keys.Except(profile.PovertyLines.Keys).ToList();
        if (removed.Count > 0)
        {
            throw new ArgumentException(
                $"Profile '{profile.Id}' has no poverty line for {string.Join(", ", removed)}, which its base '{baseProfile.Id}' has; an overlay can add or replace lines, not remove them.",
                nameof(profile));
        }

        if (lines.Count > 0)
        {
            root["povertyLines"] = lines;
        }

        var parameters = new JsonObject();
        foreach (var parameter in ProfileParameters.All.Where(p => !p.SameIn(profile, baseProfile)))
        {
            parameters[parameter.Name] = parameter.ToJson(profile);
        }

        if (parameters.Count > 0)
        {
            root["parameters"] = parameters;
        }

        var removedSections = baseProfile.Packs.Keys.Except(profile.Packs.Keys).ToList();
        if (removedSections.Count > 0)
        {
            throw new ArgumentException(
                $"Profile '{profile.Id}' has no pack section {string.Join(", ", removedSections)}, which its base '{baseProfile.Id}' has; an overlay can add or replace pack figures, not remove them.",
                nameof(profile));
        }

        var changedSections = profile.Packs.Values
            .Select(section => baseProfile.Packs.TryGetValue(section.Name, out var baseSection)
                ? new PackSection(section.Name, section.Parameters.Where(p => !baseSection.Parameters.TryGetValue(p.Key, out var b) || b != p.Value))
                : section)
            .Where(section => section.Parameters.Count > 0 || !baseProfile.Packs.ContainsKey(section.Name))
            .ToList();
        if (changedSections.Count > 0)
        {
            root["packs"] = PacksToJson(changedSections);
        }

        return root.ToJsonString(Options);
    }

    /// <summary>Reads a profile, or an overlay of a built-in profile (<see cref="PolicyProfiles.All"/>), from JSON text.</summary>
    /// <exception cref="ProfileFormatException">The text is not a valid profile; the exception names the path and reason.</exception>
    public static PolicyProfile Load(string json) => Load(json, PolicyProfiles.Find);

    /// <summary>Reads a profile or an overlay from JSON text; <paramref name="findBase"/> resolves an overlay's <c>base</c> id.</summary>
    /// <param name="json">The profile or overlay.</param>
    /// <param name="findBase">Returns the profile with the given id, or <c>null</c> when there is none.</param>
    /// <exception cref="ProfileFormatException">The text is not a valid profile, or its base cannot be found.</exception>
    public static PolicyProfile Load(string json, Func<string, PolicyProfile?> findBase)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(findBase);
        return Read(Parse(json), findBase);
    }

    /// <summary>
    /// Reads a profile or an overlay from a JSON file, within <see cref="ProfileLoadOptions.Default"/>'s limits. An
    /// overlay's <c>base</c> is a built-in profile id, or else the path of another profile file relative to this one
    /// (which may be an overlay in turn).
    /// </summary>
    /// <exception cref="ProfileFormatException">
    /// The file, or a base file, is not a valid profile or may not be read; <see cref="ProfileFormatException.File"/>
    /// names the file.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyProfile LoadFile(string path) => LoadFile(path, ProfileLoadOptions.Default);

    /// <summary>
    /// Reads a profile or an overlay from a JSON file: every base file must lie inside
    /// <see cref="ProfileLoadOptions.Root"/> and within the other limits of <paramref name="options"/>.
    /// </summary>
    /// <param name="path">The file; the caller names it, so it is read wherever it is (within the size limit).</param>
    /// <param name="options">Where bases may be read from, and how much.</param>
    /// <exception cref="ProfileFormatException">
    /// The file, or a base file, is not a valid profile or may not be read; <see cref="ProfileFormatException.File"/>
    /// names the file.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyProfile LoadFile(string path, ProfileLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var entry = Path.GetFullPath(path);
        return LoadChain(entry, options.RootFor(entry), options, entryNamedByCaller: true);
    }

    /// <summary>
    /// Applies overrides to <paramref name="baseProfile"/>: an object with optional <c>id</c>, <c>name</c>, <c>year</c>,
    /// <c>povertyLines</c> and <c>parameters</c>, read as in an overlay file.
    /// </summary>
    /// <param name="baseProfile">The profile to change.</param>
    /// <param name="overrides">What to change.</param>
    /// <param name="shorthandCitation">
    /// When given, a bare value (e.g. <c>"yearsAboveLine": 2</c>) stands for an unverified parameter with this citation,
    /// for quick what-if tests; when <c>null</c>, every parameter must be written in full.
    /// </param>
    /// <exception cref="ProfileFormatException">An override is unknown, of the wrong type or unit, or the result is not usable.</exception>
    public static PolicyProfile Overlay(PolicyProfile baseProfile, JsonObject overrides, string? shorthandCitation = null)
    {
        ArgumentNullException.ThrowIfNull(baseProfile);
        ArgumentNullException.ThrowIfNull(overrides);
        CheckKnown(overrides, "$", ["id", "name", "year", "povertyLines", "parameters", "packs"]);
        var profile = baseProfile with
        {
            Id = overrides.ContainsKey("id") ? ReadString(overrides["id"], "$.id") : baseProfile.Id,
            Name = overrides.ContainsKey("name") ? ReadString(overrides["name"], "$.name") : baseProfile.Name,
        };
        return Validated(ApplyOverrides(profile, overrides, shorthandCitation));
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return StrictJson.Parse(json, DocumentOptions);
        }
        catch (StrictJsonException e)
        {
            throw new ProfileFormatException(e.Path, e.Reason, e.InnerException);
        }
    }

    /// <summary>
    /// Reads the overlay chain that starts at <paramref name="entry"/> one file at a time, then builds the profiles
    /// from the bottom up: a loop, not a recursion, so that neither a long chain nor an error at its bottom can
    /// overflow the stack.
    /// </summary>
    internal static PolicyProfile LoadChain(string entry, string root, ProfileLoadOptions options, bool entryNamedByCaller)
    {
        var chain = new List<(string File, JsonObject Root)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        PolicyProfile? bottom = null;
        var file = entry;
        while (true)
        {
            if (!seen.Add(file))
            {
                throw new ProfileFormatException(
                    "$.base", $"overlays name each other in a cycle: {string.Join(" → ", chain.Select(c => c.File).Append(file).Select(Path.GetFileName))}")
                    .InFile(chain[^1].File);
            }

            if (chain.Count >= options.MaxChainDepth)
            {
                throw new ProfileFormatException(
                    "$.base", $"the overlay chain is longer than {options.MaxChainDepth} files (ProfileLoadOptions.MaxChainDepth)")
                    .InFile(chain[^1].File);
            }

            JsonObject obj;
            string? baseId;
            try
            {
                string text;
                try
                {
                    text = ConfinedFile.ReadText(file, options.MaxFileBytes, (chain.Count == 0 && entryNamedByCaller) || options.AllowAbsolutePaths ? null : root);
                }
                catch (RefusedFileException e)
                {
                    throw new ProfileFormatException("$", $"the file is not read: {e.Message}");
                }

                obj = AsObject(Parse(text), "$");
                baseId = obj.ContainsKey("base") ? ReadString(obj["base"], "$.base") : null;
            }
            catch (ProfileFormatException e) when (e.File is null)
            {
                throw e.InFile(file);
            }

            chain.Add((file, obj));
            if (baseId is null)
            {
                break;
            }

            if (PolicyProfiles.Find(baseId) is { } builtIn)
            {
                bottom = builtIn;
                break;
            }

            try
            {
                file = ConfinedFile.Resolve(baseId, Path.GetDirectoryName(file) ?? root, root, options);
            }
            catch (RefusedFileException e)
            {
                throw new ProfileFormatException("$.base", $"the base is not read: {e.Message}").InFile(chain[^1].File);
            }

            if (!File.Exists(file) && !Directory.Exists(file))
            {
                throw new ProfileFormatException("$.base", $"no profile '{baseId}' to build on (a built-in id such as CN-2016, or a profile file relative to this one)")
                    .InFile(chain[^1].File);
            }
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var below = bottom;
            try
            {
                bottom = chain[i].Root.ContainsKey("base") ? ReadOverlay(chain[i].Root, _ => below) : ReadFull(chain[i].Root);
            }
            catch (ProfileFormatException e) when (e.File is null)
            {
                throw e.InFile(chain[i].File);
            }
        }

        return bottom!;
    }

    internal static PolicyProfile Read(JsonNode? root, Func<string, PolicyProfile?> findBase)
    {
        var obj = AsObject(root, "$");
        return obj.ContainsKey("base") ? ReadOverlay(obj, findBase) : ReadFull(obj);
    }

    private static PolicyProfile ReadFull(JsonObject obj)
    {
        CheckKnown(obj, "$", ["id", "name", "year", "povertyLines", "parameters", "packs"]);
        var lines = ReadLines(AsObject(obj["povertyLines"], "$.povertyLines"), ImmutableSortedDictionary<int, Parameter<decimal>>.Empty, null);
        var profile = Blank(ReadString(obj["id"], "$.id"), ReadString(obj["name"], "$.name"), Read<int>(obj["year"], "$.year"), lines);
        var parameters = AsObject(obj["parameters"], "$.parameters");
        CheckKnown(parameters, "$.parameters", [.. ProfileParameters.All.Select(p => p.Name)]);
        foreach (var parameter in ProfileParameters.All)
        {
            var path = $"$.parameters.{parameter.Name}";
            if (!parameters.ContainsKey(parameter.Name))
            {
                throw new ProfileFormatException(path, "the parameter is missing");
            }

            profile = parameter.FromJson(profile, parameters[parameter.Name], path, null);
        }

        return Validated(ReadPacks(profile, obj));
    }

    private static PolicyProfile ReadOverlay(JsonObject obj, Func<string, PolicyProfile?> findBase)
    {
        CheckKnown(obj, "$", ["id", "name", "base", "year", "povertyLines", "parameters", "packs"]);
        var id = ReadString(obj["id"], "$.id");
        var name = ReadString(obj["name"], "$.name");
        var baseId = ReadString(obj["base"], "$.base");
        var baseProfile = findBase(baseId)
            ?? throw new ProfileFormatException("$.base", $"no profile '{baseId}' to build on (a built-in id such as CN-2016, or a profile file relative to this one)");
        return Validated(ApplyOverrides(baseProfile with { Id = id, Name = name }, obj, null));
    }

    private static PolicyProfile ApplyOverrides(PolicyProfile profile, JsonObject obj, string? shorthandCitation)
    {
        if (obj.ContainsKey("year"))
        {
            profile = profile with { Year = Read<int>(obj["year"], "$.year") };
        }

        if (obj.ContainsKey("povertyLines"))
        {
            profile = profile with
            {
                PovertyLines = ReadLines(AsObject(obj["povertyLines"], "$.povertyLines"), profile.PovertyLines, shorthandCitation),
            };
        }

        if (obj.ContainsKey("parameters"))
        {
            var parameters = AsObject(obj["parameters"], "$.parameters");
            CheckKnown(parameters, "$.parameters", [.. ProfileParameters.All.Select(p => p.Name)]);
            foreach (var (name, node) in parameters)
            {
                profile = ProfileParameters.Find(name)!.FromJson(profile, node, $"$.parameters.{name}", shorthandCitation);
            }
        }

        return ReadPacks(profile, obj);
    }

    /// <summary>
    /// The <c>packs</c> object, when present: each section's figures added to (or replacing those of) the same section
    /// of <paramref name="profile"/>. A figure is written as a parameter is (<c>value</c>, optional <c>unit</c>,
    /// <c>citation</c>, <c>verified</c>); its value is a number.
    /// </summary>
    private static PolicyProfile ReadPacks(PolicyProfile profile, JsonObject obj)
    {
        if (!obj.ContainsKey("packs"))
        {
            return profile;
        }

        var packs = profile.Packs;
        foreach (var (name, node) in AsObject(obj["packs"], "$.packs"))
        {
            var path = $"$.packs.{name}";
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ProfileFormatException(path, "a pack section needs a name");
            }

            var figures = new List<KeyValuePair<string, PackParameter>>();
            foreach (var (key, figure) in AsObject(node, path))
            {
                figures.Add(new(key, ReadPackParameter(figure, $"{path}.{key}")));
            }

            packs = packs.SetItem(name, packs.TryGetValue(name, out var existing) ? existing.With(figures) : new PackSection(name, figures));
        }

        return profile with { Packs = packs };
    }

    private static PackParameter ReadPackParameter(JsonNode? node, string path)
    {
        var obj = AsObject(node, path);
        CheckKnown(obj, path, ["value", "unit", "citation", "verified"]);
        if (!obj.ContainsKey("value"))
        {
            throw new ProfileFormatException(path + ".value", "the value is missing");
        }

        var unit = obj.ContainsKey("unit") ? ReadString(obj["unit"], path + ".unit") : null;
        return new PackParameter(Read<decimal>(obj["value"], path + ".value"), unit, ReadString(obj["citation"], path + ".citation"), Read<bool>(obj["verified"], path + ".verified"));
    }

    private static JsonObject PacksToJson(IEnumerable<PackSection> sections)
    {
        var packs = new JsonObject();
        foreach (var section in sections)
        {
            var figures = new JsonObject();
            foreach (var (key, figure) in section.Parameters)
            {
                var json = new JsonObject { ["value"] = figure.Value };
                if (figure.Unit is not null)
                {
                    json["unit"] = figure.Unit;
                }

                json["citation"] = figure.Citation;
                json["verified"] = figure.Verified;
                figures[key] = json;
            }

            packs[section.Name] = figures;
        }

        return packs;
    }

    private static ImmutableSortedDictionary<int, Parameter<decimal>> ReadLines(
        JsonObject linesObj, ImmutableSortedDictionary<int, Parameter<decimal>> lines, string? shorthandCitation)
    {
        foreach (var (key, node) in linesObj)
        {
            var path = $"$.povertyLines.{key}";
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var lineYear))
            {
                throw new ProfileFormatException(path, $"'{key}' is not a year");
            }

            // "02016" would read as 2016 and silently replace the line written as "2016" in the same file.
            if (key != lineYear.ToString(CultureInfo.InvariantCulture))
            {
                throw new ProfileFormatException(path, $"'{key}' is not a year written without leading zeros, e.g. {lineYear}");
            }

            lines = lines.SetItem(lineYear, ReadParameter<decimal>(node, path, LineUnit, shorthandCitation));
        }

        return lines;
    }

    private static PolicyProfile Validated(PolicyProfile profile)
    {
        var problems = ProfileValidator.Validate(profile);
        if (problems.Count > 0)
        {
            throw new ProfileFormatException(problems[0].Path, problems[0].Reason);
        }

        return profile;
    }

    // Every parameter of a full profile must be read from the file, so none of these placeholders survives a load.
    private static PolicyProfile Blank(string id, string name, int year, ImmutableSortedDictionary<int, Parameter<decimal>> lines) => new()
    {
        Id = id,
        Name = name,
        Year = year,
        PovertyLines = lines,
        IncomeMeasure = null!,
        YearsAboveLine = null!,
        ExcludedTransfers = null!,
        MaxTransferShare = null!,
        CompulsoryEducationFromAge = null!,
        CompulsoryEducationToAge = null!,
        AgeReferenceDate = null!,
        SafeDrinkingWaterRequired = null!,
        MinimumNoticeDays = null!,
        VillageCadresExcluded = null!,
        CadreWithMajorCauseExempt = null!,
        DisabilityVehicleExempt = null!,
        MinimumExcludingCarValue = null!,
        WorkVehiclesExcluded = null!,
        WesternProvinces = null!,
        CountyRegionOverrides = null!,
        VillageIncidenceThreshold = null!,
        WesternVillageIncidenceThreshold = null!,
        VillageRequiredFacilities = null!,
        VillageMinimumCollectiveIncome = null!,
        CountyIncidenceThreshold = null!,
        WesternCountyIncidenceThreshold = null!,
        WrongExitRateThreshold = null!,
        OmissionRateThreshold = null!,
        PublicApprovalThreshold = null!,
        ComprehensiveIncidence = null!,
        CountyMinimumRuralIncome = null!,
        FifteenDigitIdAccepted = null!,
        SchoolingRecordedFromAge = null!,
        SchoolingRecordedToAge = null!,
        LabourRecordedFromAge = null!,
        LabourRecordedToAge = null!,
        SeniorHighImplausibleToAge = null!,
        PrimaryImplausibleFromAge = null!,
        CountyIncidenceComparison = null!,
        WrongExitRateComparison = null!,
        OmissionRateComparison = null!,
        PublicApprovalComparison = null!,
        RegisterIncidenceGate = null!,
        RegisterIncidenceGateComparison = null!,
        AllocationPoorPopulationWeight = null!,
        AllocationIncidenceWeight = null!,
        AllocationRuralIncomeWeight = null!,
        AllocationPerformanceWeight = null!,
        AllocationGradeScores = null!,
        AllocationFloor = null!,
        AllocationCapShare = null!,
        PromotionPriorityConsecutiveYears = null!,
        PromotionPriorityGrade = null!,
        MonitoringLine = null!,
        HardshipExpenseShare = null!,
        HardshipIncomeDropShare = null!,
        RiskEliminationYears = null!,
};

    private static JsonObject LineToJson(Parameter<decimal> line) => new()
    {
        ["value"] = line.Value,
        ["unit"] = LineUnit,
        ["citation"] = line.Citation,
        ["verified"] = line.Verified,
    };

    internal static Parameter<T> ReadParameter<T>(JsonNode? node, string path, string unit, string? shorthandCitation = null)
    {
        if (shorthandCitation is not null && (node is not JsonObject candidate || !candidate.ContainsKey("value")))
        {
            return new Parameter<T>(Read<T>(node, path), shorthandCitation, false);
        }

        var obj = AsObject(node, path);
        CheckKnown(obj, path, ["value", "unit", "citation", "verified"]);
        if (obj["unit"] is { } unitNode && ReadString(unitNode, path + ".unit") != unit)
        {
            throw new ProfileFormatException(path + ".unit", $"expected unit '{unit}', found '{unitNode}'");
        }

        if (!obj.ContainsKey("value"))
        {
            throw new ProfileFormatException(path + ".value", "the value is missing");
        }

        var value = Read<T>(obj["value"], path + ".value");
        var citation = ReadString(obj["citation"], path + ".citation");
        var verified = Read<bool>(obj["verified"], path + ".verified");
        return new Parameter<T>(value, citation, verified);
    }

    internal static string FormatValue<T>(T value) =>
        value switch
        {
            null => "none",
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            IDictionary dictionary => dictionary.Count == 0
                ? "none"
                : string.Join(", ", dictionary.Keys.Cast<object>().Select(k => $"{k}={FormatValue(dictionary[k])}")),
            IEnumerable items => string.Join(", ", items.Cast<object>().Select(FormatValue)),
            _ => value.ToString() ?? string.Empty,
        };

    private static T Read<T>(JsonNode? node, string path)
    {
        // Only a Nullable<T> value may be null: a null set or dictionary would fail later, in the rules.
        if (node is null && Nullable.GetUnderlyingType(typeof(T)) is null)
        {
            throw new ProfileFormatException(path, $"expected {Describe<T>()}, found null or nothing");
        }

        try
        {
            return node is null ? default! : node.Deserialize<T>(Options)!;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new ProfileFormatException(path, $"expected {Describe<T>()}, found {node!.ToJsonString()}", e);
        }
    }

    private static string Describe<T>()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type switch
        {
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(decimal) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
            _ when type == typeof(string) => "a string",
            _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(ImmutableSortedSet<int>) => "an array of whole numbers",
            _ when type == typeof(ImmutableSortedDictionary<string, bool>) => "an object of county code → true/false",
            _ => type.Name,
        };
    }

    private static string ReadString(JsonNode? node, string path)
    {
        var text = Read<string>(node, path);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ProfileFormatException(path, "expected a non-empty string");
        }

        return text;
    }

    private static JsonObject AsObject(JsonNode? node, string path) =>
        node as JsonObject ?? throw new ProfileFormatException(path, $"expected an object, found {node?.ToJsonString() ?? "nothing"}");

    private static void CheckKnown(JsonObject obj, string path, string[] known)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key))
            {
                throw new ProfileFormatException($"{path}.{key}", $"unknown name; expected one of {string.Join(", ", known)}");
            }
        }
    }
}
