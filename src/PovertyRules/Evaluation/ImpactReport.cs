using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PovertyRules.Policy;

namespace PovertyRules.Evaluation;

/// <summary>The level of the policy a result belongs to.</summary>
public enum AssessmentLevel
{
    /// <summary>Household exit and the excluded categories.</summary>
    Household = 1,
    /// <summary>Village delisting (贫困村出列).</summary>
    Village = 2,
    /// <summary>County de-capping (贫困县摘帽).</summary>
    County = 3,
}

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

/// <summary>The impact at one level. Immutable.</summary>
public sealed class LevelImpact
{
    internal LevelImpact(
        AssessmentLevel level, long records, long people, IReadOnlyList<OutcomeTransition> transitions,
        IReadOnlyList<CountyImpact> counties, IReadOnlyList<ChangedRecord> changedRecords, bool changedRecordsTruncated)
    {
        Level = level;
        Records = records;
        People = people;
        Transitions = transitions;
        Counties = counties;
        ChangedRecords = changedRecords;
        ChangedRecordsTruncated = changedRecordsTruncated;
        Changed = transitions.Where(t => t.Changed).Sum(t => t.Records);
        ChangedPeople = transitions.Where(t => t.Changed).Sum(t => t.People);
    }

    /// <summary>The level.</summary>
    public AssessmentLevel Level { get; }

    /// <summary>Records read (households, villages or counties), malformed ones included.</summary>
    public long Records { get; }

    /// <summary>
    /// The people the records stand for: for households their members, for villages and counties their recorded rural
    /// registered population (0 when not recorded).
    /// </summary>
    public long People { get; }

    /// <summary>Records whose outcome differs between the profiles.</summary>
    public long Changed { get; }

    /// <summary>The people in the records whose outcome differs.</summary>
    public long ChangedPeople { get; }

    /// <summary>Changed records as a share (0–1) of all records; 0 when there are none.</summary>
    public double ChangedShare => Records == 0 ? 0 : (double)Changed / Records;

    /// <summary>Every non-empty cell of the outcome transition matrix (unchanged outcomes included), by baseline then changed outcome.</summary>
    public IReadOnlyList<OutcomeTransition> Transitions { get; }

    /// <summary>The transition matrix of each county (6-digit code), by code.</summary>
    public IReadOnlyList<CountyImpact> Counties { get; }

    /// <summary>
    /// The first changed records in input order (villages and counties rolled up from households: in code order), at
    /// most <see cref="ImpactReport.MaxChangedRecords"/>.
    /// </summary>
    public IReadOnlyList<ChangedRecord> ChangedRecords { get; }

    /// <summary>Whether more records changed than <see cref="ChangedRecords"/> holds.</summary>
    public bool ChangedRecordsTruncated { get; }

    /// <summary>How many records go from <paramref name="from"/> to <paramref name="to"/> (outcome names, e.g. <c>RemainsPoor</c>).</summary>
    public long Count(string from, string to) => Transitions.FirstOrDefault(t => t.From == from && t.To == to)?.Records ?? 0;

    /// <summary>How many records go from <paramref name="from"/> to <paramref name="to"/>, e.g. <c>Count(HouseholdStatus.RemainsPoor, HouseholdStatus.MayExit)</c>.</summary>
    public long Count<TStatus>(TStatus from, TStatus to)
        where TStatus : struct, Enum => Count(from.ToString(), to.ToString());
}

/// <summary>One cell of the outcome transition matrix. Immutable.</summary>
/// <param name="From">The outcome under the baseline profile.</param>
/// <param name="To">The outcome under the changed profile.</param>
/// <param name="Records">How many records.</param>
/// <param name="People">The people they stand for.</param>
/// <param name="Criteria">
/// For a change of outcome: each criterion whose verdict moved between passing (met, or not applicable), not met and
/// unknown, with how many of these records it moved for (a record whose outcome changed for two criteria counts under
/// both); most frequent first. Empty for unchanged outcomes and in county matrices.
/// </param>
public sealed record OutcomeTransition(string From, string To, long Records, long People, IReadOnlyList<CriterionShift> Criteria)
{
    /// <summary>Whether the outcome differs.</summary>
    public bool Changed => From != To;

    /// <summary><c>From → To: N records (P people)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From} → {To}: {Records:N0} records ({People:N0} people)");
}

/// <summary>A criterion whose verdict differs between the profiles, and for how many records of a transition. Immutable.</summary>
/// <param name="CriterionId">The rule id, e.g. <c>HH-INCOME</c>, or <see cref="ImpactReport.InputCriterion"/>.</param>
/// <param name="Baseline">The verdict under the baseline profile; <c>null</c> when the criterion does not apply under it.</param>
/// <param name="Changed">The verdict under the changed profile; <c>null</c> when the criterion does not apply under it.</param>
/// <param name="Records">How many records.</param>
/// <param name="People">The people they stand for.</param>
public sealed record CriterionShift(string CriterionId, Outcome? Baseline, Outcome? Changed, long Records, long People)
{
    /// <summary><c>ID Baseline → Changed: N records</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CriterionId} {ImpactReport.Name(Baseline)} → {ImpactReport.Name(Changed)}: {Records:N0} records");
}

/// <summary>The change of one criterion's verdict for one record. Immutable.</summary>
/// <param name="CriterionId">The rule id, or <see cref="ImpactReport.InputCriterion"/>.</param>
/// <param name="Baseline">The verdict under the baseline profile; <c>null</c> when it does not apply.</param>
/// <param name="Changed">The verdict under the changed profile; <c>null</c> when it does not apply.</param>
public sealed record CriterionChange(string CriterionId, Outcome? Baseline, Outcome? Changed)
{
    /// <summary><c>ID Baseline→Changed</c>.</summary>
    public override string ToString() => $"{CriterionId} {ImpactReport.Name(Baseline)}→{ImpactReport.Name(Changed)}";
}

/// <summary>One county's part of a level's impact. Immutable.</summary>
/// <param name="County">The 6-digit county code, or <see cref="ImpactReport.UnknownCounty"/>.</param>
/// <param name="Records">Records in the county.</param>
/// <param name="People">The people they stand for.</param>
/// <param name="Changed">Records whose outcome differs.</param>
/// <param name="ChangedPeople">The people in them.</param>
/// <param name="Transitions">The county's non-empty transition cells (without criteria).</param>
public sealed record CountyImpact(string County, long Records, long People, long Changed, long ChangedPeople, IReadOnlyList<OutcomeTransition> Transitions);

/// <summary>A record whose outcome differs between the profiles. Immutable.</summary>
/// <param name="Id">The record's id (户编号 for a household); <c>null</c> for a null record.</param>
/// <param name="County">The 6-digit county code, or <see cref="ImpactReport.UnknownCounty"/>.</param>
/// <param name="From">The outcome under the baseline profile.</param>
/// <param name="To">The outcome under the changed profile.</param>
/// <param name="Criteria">The criteria whose verdict moved between passing (met or not applicable), not met and unknown.</param>
public sealed record ChangedRecord(string? Id, string County, string From, string To, IReadOnlyList<CriterionChange> Criteria)
{
    /// <summary><c>Id: From → To (criteria)</c>.</summary>
    public override string ToString() => $"{Id}: {From} → {To} ({string.Join("; ", Criteria)})";
}
