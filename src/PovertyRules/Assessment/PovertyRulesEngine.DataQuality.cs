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
        var summary = new DataQualitySummary(new DataQualityParameters(profile).ApplicableMask);
        var records = new List<HouseholdQuality>();
        foreach (var batch in QualityBatches(households, profile, summary))
        {
            records.AddRange(batch.Select(b => b.Quality));
        }

        return new DataQualityReport { ProfileId = profile.Id, Records = records, Rules = summary.Rules() };
    }

    /// <summary>
    /// Assesses a stream of households under <paramref name="profile"/>, in input order, with the data-quality checks
    /// run on each first: a household with an error finding becomes an invalid-input assessment whose errors are those
    /// findings (field, row and column, message); its warnings travel with the assessment in
    /// <see cref="CheckedAssessment.Quality"/>. Records in = results out, as in <see cref="AssessMany"/>.
    /// </summary>
    /// <remarks>
    /// An opt-in entry point: <see cref="AssessMany"/> does not run the checks. Households are read lazily, a batch of
    /// them at a time; the same ID number in two households is found across the whole run, a repeated 户编号 as in
    /// <see cref="AssessMany"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option of <paramref name="options"/> is out of its range.</exception>
    public IEnumerable<CheckedAssessment> AssessChecked(IEnumerable<Model.Household?> households, PolicyProfile profile, BulkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(profile);
        ProfileValidator.EnsureValid(profile);
        options ??= new BulkOptions();
        options.Validate();
        return Checked(households, profile, options, ReceiptFor(profile));
    }

    private IEnumerable<CheckedAssessment> Checked(IEnumerable<Model.Household?> households, PolicyProfile profile, BulkOptions options, Receipt receipt)
    {
        var summary = new DataQualitySummary(new DataQualityParameters(profile).ApplicableMask);
        var repeats = new DuplicateIds();
        foreach (var batch in QualityBatches(households, profile, summary))
        {
            var assessments = AssessManyWith(batch.Select(b => b.Household), profile, options, repeats.CheckAll, CancellationToken.None).ToList();
            for (var i = 0; i < batch.Count; i++)
            {
                var (household, quality) = batch[i];
                var assessment = assessments[i];
                if (quality.Checked && quality.HasErrors && assessment.Status != HouseholdStatus.InvalidInput)
                {
                    List<InputError> errors =
                    [
                        .. quality.Findings.Where(f => f.Severity == DataQualitySeverity.Error)
                            .Select(f => new InputError(f.Field, f.MessageEn) { Location = f.Location }),
                    ];
                    assessment = HouseholdAssessment.Invalid(household, errors, receipt);
                }

                yield return new CheckedAssessment(assessment, quality);
            }
        }
    }

    /// <summary>The households with their data-quality results, a batch at a time, the run's ID numbers remembered across batches.</summary>
    private IEnumerable<List<(Model.Household? Household, HouseholdQuality Quality)>> QualityBatches(
        IEnumerable<Model.Household?> households, PolicyProfile profile, DataQualitySummary summary)
    {
        var rules = _dataQualityRules.Value;
        var parameters = new DataQualityParameters(profile);
        var ages = HouseholdValidator.Limits(profile.AgeReferenceDate.Value);
        var registry = new IdNumberRegistry();
        var batch = new List<(Model.Household? Household, HouseholdQuality Quality)>(DataQualityBatch);
        var facts = new List<DataQualityFact>(DataQualityBatch);
        var positions = new List<int>(DataQualityBatch);
        var index = 0;
        foreach (var household in households)
        {
            var errors = HouseholdValidator.Validate(household, ages);
            if (errors.Count > 0)
            {
                batch.Add((household, DataQualitySummary.Unchecked(index, household, errors)));
            }
            else
            {
                positions.Add(batch.Count);
                batch.Add((household, null!));
                facts.Add(new DataQualityFact(household!, parameters, registry, index));
            }

            index++;
            if (batch.Count == DataQualityBatch)
            {
                yield return Fired(batch, facts, positions, rules, summary);
                batch = new(DataQualityBatch);
            }
        }

        if (batch.Count > 0)
        {
            yield return Fired(batch, facts, positions, rules, summary);
        }
    }

    private static List<(Model.Household? Household, HouseholdQuality Quality)> Fired(
        List<(Model.Household? Household, HouseholdQuality Quality)> batch,
        List<DataQualityFact> facts,
        List<int> positions,
        LevelRuleSet<DataQualityFact> rules,
        DataQualitySummary summary)
    {
        rules.Fire(facts);
        for (var i = 0; i < facts.Count; i++)
        {
            var at = positions[i];
            batch[at] = (batch[at].Household, summary.Add(facts[i].Record, facts[i]));
        }

        facts.Clear();
        positions.Clear();
        return batch;
    }
}
