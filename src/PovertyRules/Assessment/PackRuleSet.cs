using System.Reflection;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Assessment;

/// <summary>
/// The rule packs of one assembly, checked and compiled: the packs, their criteria's positions, and one session
/// factory over the assembly's rules. A pack's rule whose condition or action fails marks its household.
/// </summary>
internal sealed class PackRuleSet
{
    private readonly ISessionFactory _factory;

    private PackRuleSet(Assembly assembly, IReadOnlyList<RulePack> packs, IReadOnlyList<RuleInfo> rules, ISessionFactory factory)
    {
        Assembly = assembly;
        Packs = packs;
        Rules = rules;
        _factory = factory;
        Positions = packs.ToDictionary(
            p => p,
            p => (IReadOnlyDictionary<string, int>)p.AllCriteria.Select((c, i) => (c.Id, i)).ToDictionary(e => e.Id, e => e.i, StringComparer.Ordinal));
    }

    public Assembly Assembly { get; }

    public IReadOnlyList<RulePack> Packs { get; }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public IReadOnlyDictionary<RulePack, IReadOnlyDictionary<string, int>> Positions { get; }

    /// <summary>Finds, checks and compiles the packs of <paramref name="assembly"/>; <paramref name="taken"/> holds the rule ids already in the engine, with their owners.</summary>
    /// <exception cref="ArgumentException">The assembly has no pack, a pack cannot be created, or an id is missing, unjudged or taken (the message names them).</exception>
    public static PackRuleSet Load(Assembly assembly, Dictionary<string, string> taken)
    {
        var name = assembly.GetName().Name;
        var packTypes = assembly.GetTypes().Where(t => !t.IsAbstract && typeof(RulePack).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        if (packTypes.Count == 0)
        {
            throw new ArgumentException($"The assembly {name} holds no rule pack: a pack derives from HouseholdRulePack<TData, TParameters>.");
        }

        var packs = new List<RulePack>();
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in packTypes)
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new ArgumentException($"The rule pack {type.FullName} ({name}) needs a public parameterless constructor.");
            }

            var pack = (RulePack)Activator.CreateInstance(type)!;
            if (string.IsNullOrWhiteSpace(pack.Section) || !sections.Add(pack.Section))
            {
                throw new ArgumentException($"The rule pack {type.FullName} ({name}) needs a section name of its own; '{pack.Section}' is blank or used by another pack.");
            }

            foreach (var criterion in pack.AllCriteria)
            {
                if (taken.TryGetValue(criterion.Id, out var owner))
                {
                    throw new ArgumentException($"Rule id collision: {criterion.Id} of the rule pack {type.FullName} ({name}) is already {owner}. Rule ids must be unique across the engine.");
                }

                taken[criterion.Id] = $"a criterion of the rule pack {type.FullName} ({name})";
            }

            packs.Add(pack);
        }

        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(assembly));
        var definitions = repository.GetRules().ToList();
        var criteria = packs.SelectMany(p => p.AllCriteria).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var stray = definitions.Where(d => !criteria.Contains(d.Name)).Select(d => d.Name).ToList();
        if (stray.Count > 0)
        {
            throw new ArgumentException($"The rules {string.Join(", ", stray)} of {name} judge no criterion of its packs: name each rule ([Name]) with the id of a criterion its pack declares.");
        }

        var unjudged = criteria.Except(definitions.Select(d => d.Name)).ToList();
        if (unjudged.Count > 0)
        {
            throw new ArgumentException($"The criteria {string.Join(", ", unjudged)} of {name} have no rule: each needs an NRules rule named ([Name]) with its id.");
        }

        var rules = definitions.Select(d => new RuleInfo(d.Name, d.Description, [.. d.Tags], RuleType(assembly, d))).ToList();
        return new PackRuleSet(assembly, packs, rules, repository.Compile());
    }

    /// <summary>Fires the rules over <paramref name="checks"/>; a failing condition or action marks the check's household.</summary>
    public void Fire(IReadOnlyList<(PackCheck Check, Rules.LevelFact Owner)> checks)
    {
        if (checks.Count == 0)
        {
            return;
        }

        var owners = new Dictionary<PackCheck, Rules.LevelFact>(checks.Count, ReferenceEqualityComparer.Instance);
        foreach (var (check, owner) in checks)
        {
            owners[check] = owner;
        }

        var session = _factory.CreateSession();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            Mark(owners, e.Facts, e.Rules.FirstOrDefault()?.Name, e.Exception);
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            Mark(owners, e.Match.Facts, e.Match.Rule.Name, e.Exception);
        };
        session.InsertAll(checks.Select(c => c.Check));
        session.Fire();
    }

    private static void Mark(Dictionary<PackCheck, Rules.LevelFact> owners, IEnumerable<IFact> facts, string? rule, Exception? exception)
    {
        foreach (var fact in facts)
        {
            if (fact.Value is PackCheck check && owners.TryGetValue(check, out var owner))
            {
                owner.Failure ??= $"rule {rule} could not be evaluated: {exception?.GetBaseException().Message}";
            }
        }
    }

    private static Type RuleType(Assembly assembly, IRuleDefinition definition) =>
        assembly.GetTypes().FirstOrDefault(t => typeof(Rule).IsAssignableFrom(t)
            && t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(NameAttribute) && (string?)a.ConstructorArguments[0].Value == definition.Name))
        ?? typeof(Rule);
}
