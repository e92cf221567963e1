using System.Runtime.CompilerServices;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// Assesses households with the household-exit and exclusion rule sets, and villages and counties with theirs. Create
/// one per process: construction compiles the household rules (about a tenth of a second); every method is
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var engine = new PovertyRulesEngine();
/// var result = engine.Assess(household, PolicyProfiles.National(2016));
/// Console.WriteLine(result.Status);
/// </code>
/// </example>
public sealed partial class PovertyRulesEngine
{
    private readonly LevelRuleSet<HouseholdFact> _householdRules;
    private readonly ConditionalWeakTable<PolicyProfile, AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment>> _households = [];

    /// <summary>Compiles the household and exclusion rule sets.</summary>
    public PovertyRulesEngine()
    {
        _householdRules = new LevelRuleSet<HouseholdFact>(HouseholdCriteria.Catalog.RuleTypes);
    }

    /// <summary>The compiled rules with their ids, clauses and tags.</summary>
    public IReadOnlyList<RuleInfo> Rules => _householdRules.Rules;

    /// <summary>The library version and a hash of the rules' ids and clauses; every receipt carries it.</summary>
    public string RuleSetVersion => _householdRules.Version;

    /// <summary>Assesses one household under <paramref name="profile"/>.</summary>
    /// <returns>
    /// The assessment; a malformed record gives status <see cref="HouseholdStatus.InvalidInput"/> with the fields and
    /// reasons, it does not throw.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public HouseholdAssessment Assess(HouseholdRecord household, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(household);
        return Households(profile).AssessOne(household);
    }

    /// <summary>
    /// Assesses a stream of households under <paramref name="profile"/>, in input order, evaluating batches in
    /// parallel with a bounded number of batches in flight (memory does not grow with the input).
    /// </summary>
    /// <remarks>
    /// Every record gives exactly one assessment: a null or malformed record becomes an invalid-input assessment and
    /// never stops the run. Households are read lazily as results are consumed.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable.</exception>
    public IEnumerable<HouseholdAssessment> AssessMany(
        IEnumerable<HouseholdRecord?> households, PolicyProfile profile, BulkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(households);
        var pipeline = Households(profile);
        options ??= new BulkOptions();
        options.Validate();
        return Stream(households, pipeline, options);
    }

    /// <summary>The household receipt for <paramref name="profile"/>: what every household assessment under it carries.</summary>
    internal Receipt ReceiptFor(PolicyProfile profile) => new(profile.Id, ReceiptFactory.ParameterHash(profile), RuleSetVersion);

    private static IEnumerable<HouseholdAssessment> Stream(
        IEnumerable<HouseholdRecord?> households, AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> pipeline, BulkOptions options)
    {
        var inFlight = new Queue<Task<HouseholdAssessment[]>>();
        var window = options.MaxDegreeOfParallelism * 2;
        try
        {
            foreach (var batch in households.Chunk(options.BatchSize))
            {
                inFlight.Enqueue(options.MaxDegreeOfParallelism == 1
                    ? Task.FromResult(Evaluate(batch, pipeline))
                    : Task.Run(() => Evaluate(batch, pipeline)));
                if (inFlight.Count >= window)
                {
                    foreach (var result in inFlight.Dequeue().GetAwaiter().GetResult())
                    {
                        yield return result;
                    }
                }
            }

            while (inFlight.Count > 0)
            {
                foreach (var result in inFlight.Dequeue().GetAwaiter().GetResult())
                {
                    yield return result;
                }
            }
        }
        finally
        {
            // A consumer that stops early leaves no batch running behind it.
            foreach (var task in inFlight)
            {
                task.Wait();
            }
        }
    }

    private static HouseholdAssessment[] Evaluate(HouseholdRecord?[] batch, AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> pipeline)
    {
        var results = new HouseholdAssessment[batch.Length];
        pipeline.Assess(batch, results);
        return results;
    }

    private AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> Households(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _households.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            var parameters = new HouseholdParameters(p);
            var receipt = ReceiptFor(p);
            var ages = HouseholdValidator.Limits(p.AgeReferenceDate.Value);
            return new AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment>(
                _householdRules,
                household => HouseholdValidator.Validate(household, ages),
                household => new HouseholdFact(household!, parameters),
                (_, fact) => new HouseholdAssessment(fact, receipt),
                (household, errors) => HouseholdAssessment.Invalid(household, errors, receipt));
        });
    }
}
