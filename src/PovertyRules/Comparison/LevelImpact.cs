namespace PovertyRules.Comparison;

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
    /// <exception cref="ArgumentException">
    /// <typeparamref name="TStatus"/> is not this level's status (<see cref="Assessment.HouseholdStatus"/>,
    /// <see cref="Assessment.VillageStatus"/> or <see cref="Assessment.CountyStatus"/>): the count would be 0 for a
    /// question that cannot be asked.
    /// </exception>
    public long Count<TStatus>(TStatus from, TStatus to)
        where TStatus : struct, Enum
    {
        var expected = Level switch
        {
            AssessmentLevel.Household => typeof(Assessment.HouseholdStatus),
            AssessmentLevel.Village => typeof(Assessment.VillageStatus),
            _ => typeof(Assessment.CountyStatus),
        };
        if (typeof(TStatus) != expected)
        {
            throw new ArgumentException($"The {Level} level's transitions are counted in {expected.Name}, not {typeof(TStatus).Name}.", nameof(from));
        }

        return Count(from.ToString(), to.ToString());
    }
}
