using System.Runtime.CompilerServices;
using PovertyRules.Policy;
using PovertyRules.Rules.Monitoring;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

// Relapse monitoring (防止返贫动态监测, 2021 onwards): the risk classification and risk elimination, two rule sets fired
// one after the other over the same households. Compiled on first use, like the village and county rule sets.
public sealed partial class PovertyRulesEngine
{
    private const int MonitoringBatchSize = 512;

    private readonly Lazy<LevelRuleSet<MonitoringFact>> _monitoringRules = new(() => new LevelRuleSet<MonitoringFact>(MonitoringCriteria.Catalog));
    private readonly Lazy<LevelRuleSet<RiskEliminationFact>> _eliminationRules = new(() => new LevelRuleSet<RiskEliminationFact>(RiskEliminationCriteria.Catalog));
    private readonly ConditionalWeakTable<PolicyProfile, AssessmentPipeline<HouseholdRecord?, MonitoringFact, MonitoringAssessment>> _monitoring = [];

    /// <summary>The relapse-monitoring rules (the risks, then the conditions of risk elimination) with their ids, clauses and tags (compiled on first use).</summary>
    public IReadOnlyList<RuleInfo> MonitoringRules => [.. _monitoringRules.Value.Rules, .. _eliminationRules.Value.Rules];

    /// <summary>
    /// Classifies one household for relapse monitoring under <paramref name="profile"/> (a profile for 2021 onwards,
    /// e.g. <c>CN-2021</c>): the risks it carries, the categories they put it in and whether its risk counts as eliminated.
    /// </summary>
    /// <returns>
    /// The classification; a malformed record gives status <see cref="MonitoringStatus.InvalidInput"/> with the fields
    /// and reasons, it does not throw.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable or sets no monitoring line (a 2014–2020 profile).</exception>
    public MonitoringAssessment Monitor(HouseholdRecord household, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(household);
        return Monitoring(profile).AssessOne(household);
    }

    /// <summary>
    /// Classifies a stream of households for relapse monitoring under <paramref name="profile"/>, in input order, a
    /// session per batch of 512, read lazily as results are consumed. Every record gives exactly one result: a null or
    /// malformed record, or a household id (户编号) repeated in the run (every record after the first), becomes invalid input.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable or sets no monitoring line.</exception>
    public IEnumerable<MonitoringAssessment> MonitorMany(IEnumerable<HouseholdRecord?> households, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(households);
        var pipeline = Monitoring(profile);
        return MonitorStream(households, pipeline);
    }

    private static IEnumerable<MonitoringAssessment> MonitorStream(
        IEnumerable<HouseholdRecord?> households, AssessmentPipeline<HouseholdRecord?, MonitoringFact, MonitoringAssessment> pipeline)
    {
        var repeats = new DuplicateIds();
        var batch = new List<HouseholdRecord?>(MonitoringBatchSize);
        var firsts = new List<long>(MonitoringBatchSize);
        foreach (var household in households)
        {
            batch.Add(household);
            firsts.Add(repeats.Check(household));
            if (batch.Count == MonitoringBatchSize)
            {
                foreach (var result in MonitorBatch(batch, firsts, pipeline))
                {
                    yield return result;
                }

                batch.Clear();
                firsts.Clear();
            }
        }

        foreach (var result in MonitorBatch(batch, firsts, pipeline))
        {
            yield return result;
        }
    }

    private static MonitoringAssessment[] MonitorBatch(
        List<HouseholdRecord?> batch, List<long> firsts, AssessmentPipeline<HouseholdRecord?, MonitoringFact, MonitoringAssessment> pipeline)
    {
        var results = pipeline.AssessAll(batch);
        for (var i = 0; i < results.Length; i++)
        {
            if (firsts[i] != DuplicateIds.None)
            {
                results[i] = pipeline.Invalid(batch[i], [DuplicateIds.Error(batch[i]!.Id, firsts[i]), .. results[i].Errors]);
            }
        }

        return results;
    }

    private AssessmentPipeline<HouseholdRecord?, MonitoringFact, MonitoringAssessment> Monitoring(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _monitoring.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            var parameters = new MonitoringParameters(p);
            var rules = _monitoringRules.Value;
            var elimination = _eliminationRules.Value;
            var receipt = new Receipt(p.Id, ReceiptFactory.MonitoringParameterHash(p), ReceiptFactory.RuleSetVersion(MonitoringRules));
            var ages = HouseholdValidator.Limits(p.AgeReferenceDate.Value);
            return new AssessmentPipeline<HouseholdRecord?, MonitoringFact, MonitoringAssessment>(
                rules,
                household => MonitoringValidator.Validate(household, ages),
                household => new MonitoringFact(household!, parameters),
                (_, fact) => new MonitoringAssessment(fact, receipt),
                (household, errors) => MonitoringAssessment.Invalid(household, errors, receipt),
                facts => FireElimination(elimination, facts));
        });
    }

    private static void FireElimination(LevelRuleSet<RiskEliminationFact> elimination, List<MonitoringFact> facts)
    {
        var eliminations = new List<RiskEliminationFact>(facts.Count);
        foreach (var fact in facts)
        {
            eliminations.Add(fact.Elimination);
        }

        elimination.Fire(eliminations);
        foreach (var fact in facts)
        {
            fact.Failure ??= fact.Elimination.Failure;
        }
    }
}
