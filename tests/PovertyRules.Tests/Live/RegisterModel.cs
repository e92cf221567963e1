using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Live;
using PovertyRules.Model;
using PovertyRules.RollUp;

namespace PovertyRules.Tests.Live;

/// <summary>
/// The records a live register should hold after a sequence of changes, kept as plain lists in load order (so that a
/// batch roll-up sees repeats and rejected descriptors where the load saw them), and a text description of a whole
/// roll-up that two states can be compared by line.
/// </summary>
internal sealed class RegisterModel
{
    public RegisterModel(IEnumerable<Household> households, IEnumerable<Village> villages, IEnumerable<County> counties)
    {
        Households = [.. households];
        Villages = [.. villages];
        Counties = [.. counties];
    }

    public List<Household> Households { get; }

    public List<Village> Villages { get; }

    public List<County> Counties { get; }

    /// <summary>Applies <paramref name="change"/> as the register should; false when the register should refuse it.</summary>
    public bool Apply(LiveChange change)
    {
        switch (change)
        {
            case AddHousehold add:
                if (string.IsNullOrEmpty(add.Household.Id) || Held(add.Household.Id) >= 0)
                {
                    return false;
                }

                Households.Add(add.Household);
                return true;
            case UpdateHousehold update:
                return Replace(update.Household.Id, _ => update.Household);
            case RemoveHousehold remove:
                var at = Held(remove.HouseholdId);
                if (at >= 0)
                {
                    Households.RemoveAt(at);
                }

                return at >= 0;
            case SetMember set:
                return Replace(set.HouseholdId, h => set.Position >= 0 && set.Position <= h.Members.Count
                    ? h with { Members = [.. h.Members.Take(set.Position), set.Member, .. h.Members.Skip(set.Position + 1)] }
                    : null);
            case RemoveMember remove:
                return Replace(remove.HouseholdId, h => remove.Position >= 0 && remove.Position < h.Members.Count
                    ? h with { Members = [.. h.Members.Where((_, i) => i != remove.Position)] }
                    : null);
            case RecordExitProcedure record:
                return Replace(record.HouseholdId, h => h with { ExitProcedure = record.Procedure });
            case CorrectVillage correct:
                if (AdministrativeCode.Check(correct.Village.Code, 12) is not null)
                {
                    return false;
                }

                var village = Villages.FindIndex(v => v.Code == correct.Village.Code);
                if (village >= 0)
                {
                    Villages[village] = correct.Village;
                }
                else
                {
                    Villages.Add(correct.Village);
                }

                return true;
            case CorrectCounty correct:
                if (AdministrativeCode.Check(correct.County.Code, 6) is not null)
                {
                    return false;
                }

                var county = Counties.FindIndex(c => c.Code == correct.County.Code);
                if (county >= 0)
                {
                    Counties[county] = correct.County;
                }
                else
                {
                    Counties.Add(correct.County);
                }

                return true;
            case RecordThirdPartySample sample:
                var described = Counties.FindIndex(c => c.Code == sample.CountyCode && AdministrativeCode.Check(c.Code, 6) is null);
                if (described >= 0)
                {
                    Counties[described] = Counties[described] with { Evaluation = sample.Sample };
                }

                return described >= 0;
            default:
                throw new InvalidOperationException(change.Kind);
        }
    }

    private int Held(string id) => string.IsNullOrEmpty(id) ? -1 : Households.FindIndex(h => h.Id == id);

    private bool Replace(string id, Func<Household, Household?> change)
    {
        var at = Held(id);
        if (at < 0 || change(Households[at]) is not { } changed)
        {
            return false;
        }

        Households[at] = changed;
        return true;
    }

    /// <summary>Every figure and verdict of a roll-up, one line each, in code order.</summary>
    public static List<string> Describe(HierarchyAssessment hierarchy)
    {
        var lines = new List<string>
        {
            $"read {hierarchy.HouseholdsRead} households, {hierarchy.VillagesRead} villages, {hierarchy.CountiesRead} counties",
            $"unattributed {Tally(hierarchy.Unattributed)}",
            $"repeated {Tally(hierarchy.Repeated)}",
        };
        foreach (var county in hierarchy.Counties)
        {
            lines.Add($"county {county.Code} {Level(county.Assessment)} households {Tally(county.Households)}"
                + (county.Assessment is { } a ? $" remaining {a.County?.RemainingPoorPeople} listed {a.County?.ListedVillagesRemaining} comprehensive {a.ComprehensiveIncidence}" : string.Empty));
            lines.AddRange(county.Villages.Select(v => $"  village {v.Code} {Level(v)} remaining {v.Village?.RemainingPoorPeople} households {(v.Households is { } t ? Tally(t) : "-")}"));
            lines.AddRange(county.UndescribedVillages.Select(t => $"  undescribed {t.Code} {Tally(t)}"));
        }

        lines.AddRange(hierarchy.RejectedVillages.Select(v => $"rejected village {v.Code} {Level(v)}"));
        lines.AddRange(hierarchy.RejectedCounties.Select(c => $"rejected county {c.Code} {Level(c)}"));
        lines.AddRange(hierarchy.Provinces.Select(p =>
            $"province {p.Code} {Tally(p.Households)} incidence {p.Incidence} villages [{string.Join(",", p.Villages)}] counties [{string.Join(",", p.Counties)}]"));
        return lines;
    }

    public static string Describe(HouseholdAssessment a) =>
        $"{a.HouseholdId} {a.VillageCode} {a.Status} members {a.MemberCount} failed [{string.Join(",", a.FailedCriteria)}] unknown [{string.Join(",", a.UnknownCriteria)}] errors [{string.Join("; ", a.Errors)}] {a.Receipt.ProfileId}/{a.Receipt.ParameterHash}"
        + $" findings [{string.Join(" | ", a.Findings.Select(f => f.MessageEn))}] distance {(a.Status == HouseholdStatus.InvalidInput ? "-" : a.DistanceToExit().Summary)}";

    private static string Level<TStatus>(LevelAssessment<TStatus>? a)
        where TStatus : struct, Enum =>
        a is null
            ? "(no descriptor)"
            : $"{a.Status} incidence {a.Incidence}/{a.IncidenceThreshold} failed [{string.Join(",", a.FailedCriteria)}] unknown [{string.Join(",", a.UnknownCriteria)}] errors [{string.Join("; ", a.Errors)}] findings [{string.Join(" | ", a.Findings.Select(f => f.MessageEn))}]";

    private static string Tally(HouseholdTally t) =>
        $"{t.Code}: " + string.Join(" ", Enum.GetValues<HouseholdStatus>().Select(s => $"{s}={t.HouseholdsWith(s)}/{t.PeopleWith(s)}"));
}
