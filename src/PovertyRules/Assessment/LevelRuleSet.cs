using System.Collections.Concurrent;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PovertyRules.Rules;

namespace PovertyRules.Assessment;

/// <summary>
/// A compiled rule set (household, village or county) with its rules' metadata and version. Firing records the
/// criteria not met (the rules) and then those not known to be met (the catalog's unresolved predicates, one compiled
/// delegate a fact). A fact whose condition, action or predicate fails is marked instead of aborting the batch.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class LevelRuleSet<TFact>
    where TFact : LevelFact
{
    private readonly ISessionFactory _factory;
    private readonly CriteriaCatalog<TFact> _catalog;
    private readonly ConcurrentBag<ISession> _singleSessions = [];

    public LevelRuleSet(CriteriaCatalog<TFact> catalog)
    {
        _catalog = catalog;
        var ruleTypes = catalog.RuleTypes;
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From([.. ruleTypes]));
        Rules = [.. repository.GetRules().Select(r => new RuleInfo(r.Name, r.Description, [.. r.Tags], TypeOf(ruleTypes, r.Name)))];
        Version = ReceiptFactory.RuleSetVersion(Rules);
        _factory = repository.Compile();
    }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public string Version { get; }

    /// <summary>Fires the rules over <paramref name="facts"/>, which then carry their verdicts.</summary>
    /// <remarks>
    /// A batch gets a fresh session, dropped after firing: creating one costs a few microseconds, while retracting a
    /// batch's facts from a reused session walks every alpha memory again (about 0.3 µs a fact). A single fact reuses a
    /// pooled session: retracting one fact costs less than creating a session.
    /// </remarks>
    public void Fire(List<TFact> facts)
    {
        switch (facts.Count)
        {
            case 0:
                return;
            case 1:
                var session = _singleSessions.TryTake(out var pooled) ? pooled : CreateSession();
                session.Insert(facts[0]);
                session.Fire();
                session.Retract(facts[0]);
                _singleSessions.Add(session);
                break;
            default:
                var batch = CreateSession();
                batch.InsertAll(facts);
                batch.Fire();
                break;
        }

        foreach (var fact in facts)
        {
            RecordUnresolved(fact);
        }
    }

    private void RecordUnresolved(TFact fact)
    {
        try
        {
            fact.RecordUnresolved(_catalog.Unresolved(fact));
        }
        catch (Exception combined) when (combined is not OutOfMemoryException)
        {
            for (var i = 0; i < _catalog.All.Count; i++)
            {
                try
                {
                    _catalog.Unresolved(fact, i);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    fact.Failure ??= $"rule {_catalog.All[i].Id} could not be evaluated: {exception.GetBaseException().Message}";
                }
            }

            fact.Failure ??= $"the criteria could not be evaluated: {combined.GetBaseException().Message}";
        }
    }

    /// <summary>A new session of this rule set, with the failure handlers attached.</summary>
    public ISession CreateSession()
    {
        var session = _factory.CreateSession();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            MarkFailed(e.Facts, e.Rules.FirstOrDefault()?.Name, e.Exception);
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            MarkFailed(e.Match.Facts, e.Match.Rule.Name, e.Exception);
        };
        return session;
    }

    private static void MarkFailed(IEnumerable<IFact> facts, string? rule, Exception? exception)
    {
        foreach (var fact in facts)
        {
            if (fact.Value is LevelFact level)
            {
                level.Failure ??= $"rule {rule} could not be evaluated: {exception?.GetBaseException().Message}";
            }
        }
    }

    private static Type TypeOf(IReadOnlyList<Type> ruleTypes, string id) =>
        ruleTypes.Single(t => (string?)t.GetField("Id")?.GetValue(null) == id);
}
