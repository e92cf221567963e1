using System.Collections.Concurrent;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PovertyRules.Rules;

namespace PovertyRules.Evaluation;

/// <summary>
/// A compiled rule set (household, village or county) with its rules' metadata and version. Its sessions mark a fact
/// whose condition or action fails instead of aborting the batch. <see cref="Run"/> keeps a pool of reusable sessions:
/// facts are inserted, the rules fired and the facts retracted, so that one session serves batch after batch.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class LevelRuleSet<TFact>
    where TFact : LevelFact
{
    private const int BatchSize = 512;
    private readonly ISessionFactory _factory;
    private readonly ConcurrentBag<ISession> _sessions = [];

    public LevelRuleSet(IReadOnlyList<Type> ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From([.. ruleTypes]));
        Rules = [.. repository.GetRules().Select(r => new RuleInfo(r.Name, r.Description, [.. r.Tags], TypeOf(ruleTypes, r.Name)))];
        Version = ReceiptFactory.RuleSetVersion(Rules);
        _factory = repository.Compile();
    }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public string Version { get; }

    public void Run(IReadOnlyList<TFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        var session = _sessions.TryTake(out var pooled) ? pooled : CreateSession();
        try
        {
            foreach (var batch in facts.Chunk(BatchSize))
            {
                session.InsertAll(batch);
                try
                {
                    session.Fire();
                }
                finally
                {
                    session.RetractAll(batch);
                }
            }
        }
        finally
        {
            _sessions.Add(session);
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
