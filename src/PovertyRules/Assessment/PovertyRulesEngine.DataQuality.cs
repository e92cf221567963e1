using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Assessment;

// The register's data-quality checks, run over a source without assessing it. Their rule set is compiled on first
// use, so that an engine which only assesses never pays for it.
public sealed partial class PovertyRulesEngine
{
    // Facts fired together in one session: large enough to amortise the session, small enough to keep a stream's memory flat.
    private const int DataQualityBatch = 512;

    private readonly Lazy<LevelRuleSet<DataQualityFact>> _dataQualityRules = new(() => new LevelRuleSet<DataQualityFact>(DataQualityCriteria.Catalog));

    /// <summary>The data-quality checks with their ids, clauses and tags (compiled on first use).</summary>
    public IReadOnlyList<RuleInfo> DataQualityRules => _dataQualityRules.Value.Rules;

    /// <summary>
    /// Runs the data-quality checks over one household under <paramref name="profile"/> (its ages, its line, its
    /// switches), without assessing it. An ID number repeated within the household is found; across households, use
    /// <see cref="ValidateMany"/>.
    /// </summary>
    /// <returns>The findings; a record too malformed to check has its <see cref="HouseholdQuality.InputErrors"/> instead, it does not throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public HouseholdQuality Validate(Model.Household household, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(household);
        return ValidateMany([household], profile).Records[0];
    }

    /// <summary>
    /// Runs the data-quality checks over every household of a source under <paramref name="profile"/>, in input order,
    /// without assessing them: findings per record (a null or malformed record gets its input errors, so records in =
    /// results out), and a summary per check. The same ID number in two households of the run is found at the later one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public DataQualityReport ValidateMany(IEnumerable<Model.Household?> households, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(profile);
        ProfileValidator.EnsureValid(profile);
        var rules = _dataQualityRules.Value;
        var parameters = new DataQualityParameters(profile);
        var ages = HouseholdValidator.Limits(profile.AgeReferenceDate.Value);
        var registry = new IdNumberRegistry();
        var summary = new DataQualitySummary(parameters.ApplicableMask);
        var records = new List<HouseholdQuality>();
        var batch = new List<DataQualityFact>(DataQualityBatch);
        var positions = new List<int>(DataQualityBatch);

        void Flush()
        {
            rules.Fire(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                records[positions[i]] = summary.Add(positions[i], batch[i]);
            }

            batch.Clear();
            positions.Clear();
        }

        foreach (var household in households)
        {
            var index = records.Count;
            var errors = HouseholdValidator.Validate(household, ages);
            if (errors.Count > 0)
            {
                records.Add(DataQualitySummary.Unchecked(index, household, errors));
                continue;
            }

            records.Add(null!);
            positions.Add(index);
            batch.Add(new DataQualityFact(household!, parameters, registry, index));
            if (batch.Count == DataQualityBatch)
            {
                Flush();
            }
        }

        Flush();
        return new DataQualityReport { ProfileId = profile.Id, Records = records, Rules = summary.Rules() };
    }
}
