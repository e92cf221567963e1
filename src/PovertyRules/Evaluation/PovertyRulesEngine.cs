using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NRules;
using PovertyRules.Policy;
using PovertyRules.Rules;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Evaluation;

/// <summary>
/// Assesses households with the household-exit and exclusion rule sets. Create one per process: construction compiles
/// the rules (about a tenth of a second); every method is thread-safe.
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
    private readonly ConditionalWeakTable<PolicyProfile, HouseholdParameters> _parameters = [];
    private readonly ConcurrentBag<ISession> _singleSessions = [];

    /// <summary>Compiles the household and exclusion rule sets.</summary>
    public PovertyRulesEngine()
    {
        _householdRules = new LevelRuleSet<HouseholdFact>(HouseholdCriteria.RuleTypes);
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
        var parameters = Resolve(profile);
        var errors = HouseholdValidator.Validate(household, parameters.Ages);
        if (errors.Count > 0)
        {
            return HouseholdAssessment.Invalid(household, errors, parameters.Receipt);
        }

        var fact = new HouseholdFact(household, parameters);
        var session = _singleSessions.TryTake(out var pooled) ? pooled : _householdRules.CreateSession();
        session.Insert(fact);
        session.Fire();
        session.Retract(fact);
        _singleSessions.Add(session);
        return Conclude(fact, parameters);
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
        var parameters = Resolve(profile);
        options ??= new BulkOptions();
        options.Validate();
        return Stream(households, parameters, options);
    }

    private IEnumerable<HouseholdAssessment> Stream(IEnumerable<HouseholdRecord?> households, HouseholdParameters parameters, BulkOptions options)
    {
        var inFlight = new Queue<Task<HouseholdAssessment[]>>();
        var window = options.MaxDegreeOfParallelism * 2;
        try
        {
            foreach (var batch in households.Chunk(options.BatchSize))
            {
                inFlight.Enqueue(options.MaxDegreeOfParallelism == 1
                    ? Task.FromResult(EvaluateBatch(batch, parameters))
                    : Task.Run(() => EvaluateBatch(batch, parameters)));
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

    private HouseholdAssessment[] EvaluateBatch(HouseholdRecord?[] batch, HouseholdParameters parameters)
    {
        var results = new HouseholdAssessment[batch.Length];
        Evaluate(batch, parameters, results);
        return results;
    }

    private void Evaluate(ReadOnlySpan<HouseholdRecord?> batch, HouseholdParameters parameters, HouseholdAssessment[] results)
    {
        var facts = new List<HouseholdFact>(batch.Length);
        var slots = new int[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            var household = batch[i];
            var errors = HouseholdValidator.Validate(household, parameters.Ages);
            if (errors.Count > 0)
            {
                results[i] = HouseholdAssessment.Invalid(household, errors, parameters.Receipt);
                slots[i] = -1;
                continue;
            }

            slots[i] = facts.Count;
            facts.Add(new HouseholdFact(household!, parameters));
        }

        // A bulk batch gets a fresh session, dropped after firing: creating one costs a few microseconds a batch, while
        // retracting a batch's facts from a reused session walks every alpha memory again (about 0.3 µs a household).
        // A single assessment reuses a pooled session: retracting one fact costs less than creating a session.
        if (facts.Count > 0)
        {
            var session = _householdRules.CreateSession();
            session.InsertAll(facts);
            session.Fire();
        }

        for (var i = 0; i < batch.Length; i++)
        {
            if (slots[i] >= 0)
            {
                results[i] = Conclude(facts[slots[i]], parameters);
            }
        }
    }

    private static HouseholdAssessment Conclude(HouseholdFact fact, HouseholdParameters parameters) =>
        fact.Failure is null
            ? new HouseholdAssessment(fact)
            : HouseholdAssessment.Invalid(fact.Household, [new InputError("(rules)", fact.Failure)], parameters.Receipt);

    private HouseholdParameters Resolve(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _parameters.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            return new HouseholdParameters(p, new Receipt(p.Id, ReceiptFactory.ParameterHash(p), RuleSetVersion));
        });
    }
}
