using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Assessment;

/// <summary>
/// The engine's rule packs under one profile: those whose section the profile has, with their parameters read from
/// it (a bad figure fails here, before any household is read). Fires them over a batch of household facts after the
/// national rules, and leaves each fact its packs' checks.
/// </summary>
internal sealed class HouseholdPacks
{
    private readonly (PackRuleSet Set, (RulePack Pack, object Parameters, IReadOnlyDictionary<string, int> Positions, int Slot)[] Packs)[] _sets;

    public HouseholdPacks(IReadOnlyList<PackRuleSet> sets, PolicyProfile profile)
    {
        var slot = 0;
        _sets = [.. sets
            .Select(set => (set, set.Packs
                .Where(pack => profile.Packs.ContainsKey(pack.Section))
                .Select(pack => (pack, pack.Prepare(profile.Packs[pack.Section]), set.Positions[pack], slot++))
                .ToArray()))
            .Where(entry => entry.Item2.Length > 0)];
        Applicable = [.. _sets.SelectMany(s => s.Packs).Select(p => p.Pack)];
    }

    /// <summary>The packs that apply under the profile.</summary>
    public IReadOnlyList<RulePack> Applicable { get; }

    /// <summary>Fires the applicable packs over <paramref name="facts"/>; a fact whose extension data cannot be read is marked failed.</summary>
    public void Fire(List<HouseholdFact> facts)
    {
        if (_sets.Length == 0)
        {
            return;
        }

        foreach (var (set, packs) in _sets)
        {
            var checks = new List<(PackCheck, Rules.LevelFact)>(facts.Count * packs.Length);
            foreach (var fact in facts)
            {
                fact.Packs ??= new (RulePack, PackCheck)[Applicable.Count];
                foreach (var (pack, parameters, positions, slot) in packs)
                {
                    PackCheck check;
                    try
                    {
                        check = pack.Check(fact.Household, parameters, positions);
                    }
                    catch (InvalidOperationException e)
                    {
                        fact.Failure ??= $"Extensions.{pack.Section}: {e.Message}";
                        continue;
                    }

                    fact.Packs[slot] = (pack, check);
                    checks.Add((check, fact));
                }
            }

            set.Fire(checks);
        }
    }
}
