using PovertyRules.Rules;
using PovertyRules.Assessment;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PovertyRules.Policy;

namespace PovertyRules.Comparison;

/// <summary>
/// What changing the profile does to a population, level by level: the outcome transition matrix, the criteria behind
/// each transition, counts per county and the first changed records. Immutable; exportable as JSON and CSV.
/// </summary>
public sealed class ImpactReport
{
    /// <summary>The pseudo-criterion a transition is put down to when a record is invalid input under one profile only.</summary>
    public const string InputCriterion = "(input)";

    /// <summary>The county key of records whose code does not name a county.</summary>
    public const string UnknownCounty = "(unknown)";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal ImpactReport(
        Receipt baseline, Receipt changed, IReadOnlyList<ProfileDifference> profileDifferences, IReadOnlyList<LevelImpact> levels, int maxChangedRecords)
    {
        Baseline = baseline;
        Changed = changed;
        ProfileDifferences = profileDifferences;
        Levels = levels;
        MaxChangedRecords = maxChangedRecords;
    }

    /// <summary>The baseline profile's id, parameter hash and the rule-set version.</summary>
    public Receipt Baseline { get; }

    /// <summary>The changed profile's id, parameter hash and the rule-set version.</summary>
    public Receipt Changed { get; }

    /// <summary>How the two profiles differ, parameter by parameter.</summary>
    public IReadOnlyList<ProfileDifference> ProfileDifferences { get; }

    /// <summary>One entry per level that was evaluated: households, villages, counties, in that order.</summary>
    public IReadOnlyList<LevelImpact> Levels { get; }

    /// <summary>The most changed records kept by id per level.</summary>
    public int MaxChangedRecords { get; }

    /// <summary>The household level.</summary>
    /// <exception cref="InvalidOperationException">The report compares villages and counties only (no households were given).</exception>
    [JsonIgnore]
    public LevelImpact Households => Level(AssessmentLevel.Household)
        ?? throw new InvalidOperationException("This report compares villages and counties from their recorded figures; it has no household level.");

    /// <summary>The village level; <c>null</c> when no villages and counties were given to the comparison.</summary>
    [JsonIgnore]
    public LevelImpact? Villages => Level(AssessmentLevel.Village);

    /// <summary>The county level; <c>null</c> when no villages and counties were given to the comparison.</summary>
    [JsonIgnore]
    public LevelImpact? Counties => Level(AssessmentLevel.County);

    /// <summary>The entry for <paramref name="level"/>, or <c>null</c> when that level was not evaluated.</summary>
    public LevelImpact? Level(AssessmentLevel level) => Levels.FirstOrDefault(l => l.Level == level);

    /// <summary>The report as indented JSON (camelCase names, outcomes as names; a null criterion outcome means "does not apply").</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Writes the report as indented UTF-8 JSON to <paramref name="stream"/>.</summary>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, this, JsonOptions);
    }

    /// <summary>
    /// Writes the counts as one CSV table, one row per count: columns <c>level, county, from, to, criterion,
    /// criterion_baseline, criterion_changed, records, people</c>. Rows with an empty county and criterion are the
    /// transition matrix; rows with a criterion say which criterion's verdict changed in that transition (a record may
    /// count under several); rows with a county are that county's matrix.
    /// </summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("level,county,from,to,criterion,criterion_baseline,criterion_changed,records,people");
        foreach (var level in Levels)
        {
            foreach (var transition in level.Transitions)
            {
                Row(writer, level.Level, string.Empty, transition, string.Empty, string.Empty, string.Empty, transition.Records, transition.People);
                foreach (var shift in transition.Criteria)
                {
                    Row(writer, level.Level, string.Empty, transition, shift.CriterionId, Name(shift.Baseline), Name(shift.Changed), shift.Records, shift.People);
                }
            }

            foreach (var county in level.Counties)
            {
                foreach (var transition in county.Transitions)
                {
                    Row(writer, level.Level, county.County, transition, string.Empty, string.Empty, string.Empty, transition.Records, transition.People);
                }
            }
        }
    }

    /// <summary>
    /// Writes the retained changed records as CSV: columns <c>level, id, county, from, to, criteria</c>, the criteria as
    /// <c>ID baseline→changed</c> joined by <c>; </c>.
    /// </summary>
    public void WriteChangedRecordsCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("level,id,county,from,to,criteria");
        foreach (var level in Levels)
        {
            foreach (var record in level.ChangedRecords)
            {
                writer.WriteLine(string.Join(',',
                    level.Level.ToString(),
                    Csv(record.Id ?? string.Empty),
                    Csv(record.County),
                    record.From,
                    record.To,
                    Csv(string.Join("; ", record.Criteria))));
            }
        }
    }

    /// <summary>A text summary: the profile differences, then per level the changed transitions with their criteria.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{Baseline.ProfileId} → {Changed.ProfileId}").AppendLine();
        foreach (var difference in ProfileDifferences)
        {
            text.Append("  ").Append(difference).AppendLine();
        }

        foreach (var level in Levels)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{level.Level}: {level.Changed:N0} of {level.Records:N0} records change outcome ({level.ChangedShare:P2})").AppendLine();
            foreach (var transition in level.Transitions.Where(t => t.Changed).OrderByDescending(t => t.Records))
            {
                text.Append("  ").Append(transition).AppendLine();
                foreach (var shift in transition.Criteria)
                {
                    text.Append("      ").Append(shift).AppendLine();
                }
            }

            if (level.ChangedRecordsTruncated)
            {
                text.Append(CultureInfo.InvariantCulture, $"  (the first {level.ChangedRecords.Count:N0} changed records are kept by id)").AppendLine();
            }
        }

        return text.ToString();
    }

    internal static string Name(Outcome? outcome) => outcome?.ToString() ?? "NotApplicable";

    private static void Row(
        TextWriter writer, AssessmentLevel level, string county, OutcomeTransition transition,
        string criterion, string criterionBaseline, string criterionChanged, long records, long people) =>
        writer.WriteLine(string.Join(',',
            level.ToString(),
            Csv(county),
            transition.From,
            transition.To,
            Csv(criterion),
            criterionBaseline,
            criterionChanged,
            records.ToString(CultureInfo.InvariantCulture),
            people.ToString(CultureInfo.InvariantCulture)));

    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
