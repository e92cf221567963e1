using PovertyRules.Model;

namespace PovertyRules.Assessment;

/// <summary>
/// Rejects accountability records the rules cannot read: each problem is an <see cref="InputError"/> naming the field
/// and reason. Missing values are not errors (they make criteria unknown); impossible or contradictory ones are.
/// </summary>
internal static class AccountabilityValidator
{
    /// <summary>Every problem with <paramref name="record"/>; empty when it can be assessed.</summary>
    public static IReadOnlyList<InputError> Validate(CountyAccountability? record)
    {
        if (record is null)
        {
            return [new InputError("(record)", "the record is null")];
        }

        var errors = new List<InputError>();
        void Add(string field, string reason) => errors.Add(new InputError(field, reason));

        if (AdministrativeCode.Check(record.Code, 6) is { } codeProblem)
        {
            Add(nameof(CountyAccountability.Code), $"'{record.Code}' is not a 6-digit county code: {codeProblem}");
        }

        if (record is { Designated: false, Decapped: true })
        {
            Add(nameof(CountyAccountability.Decapped), "a county that is not designated poor cannot have been de-capped");
        }

        if (record is { Decapped: false, DecappedOn: { } })
        {
            Add(nameof(CountyAccountability.DecappedOn), "a de-capping date is recorded for a county recorded as not de-capped");
        }

        Leaders(record.Leaders, Add);
        Transfers(record.ProposedTransfers, Add);
        Years(record.Years, Add);
        if (record.Assistance is { } assistance)
        {
            Part(assistance.VillagesWithTaskForce, nameof(AssistanceRecord.VillagesWithTaskForce), assistance.PoorVillages, nameof(AssistanceRecord.PoorVillages), Add);
            Part(assistance.HouseholdsWithHelper, nameof(AssistanceRecord.HouseholdsWithHelper), assistance.PoorHouseholds, nameof(AssistanceRecord.PoorHouseholds), Add);
        }

        return errors;
    }

    private static void Leaders(IReadOnlyList<CountyLeader> leaders, Action<string, string> add)
    {
        var seen = new HashSet<LeaderRole>();
        for (var i = 0; i < leaders.Count; i++)
        {
            var path = $"{nameof(CountyAccountability.Leaders)}[{i}]";
            if (leaders[i] is not { } leader)
            {
                add(path, "the leader is null");
                continue;
            }

            if (!Enum.IsDefined(leader.Role))
            {
                add($"{path}.{nameof(CountyLeader.Role)}", $"{(int)leader.Role} is not a leader role (PartySecretary, CountyHead)");
            }
            else if (!seen.Add(leader.Role))
            {
                add($"{path}.{nameof(CountyLeader.Role)}", $"a second {leader.Role}: a county has one party secretary and one county head");
            }
        }
    }

    private static void Transfers(IReadOnlyList<ProposedTransfer>? transfers, Action<string, string> add)
    {
        for (var i = 0; i < (transfers?.Count ?? 0); i++)
        {
            var path = $"{nameof(CountyAccountability.ProposedTransfers)}[{i}]";
            if (transfers![i] is not { } transfer)
            {
                add(path, "the transfer is null");
                continue;
            }

            if (transfer.Role is { } role && !Enum.IsDefined(role))
            {
                add($"{path}.{nameof(ProposedTransfer.Role)}", $"{(int)role} is not a leader role (PartySecretary, CountyHead)");
            }

            if (transfer.Reason is { } reason && !Enum.IsDefined(reason))
            {
                add($"{path}.{nameof(ProposedTransfer.Reason)}", $"{(int)reason} is not a transfer reason (GeneralTermChange, SpecialCircumstances, Other)");
            }
        }
    }

    private static void Years(IReadOnlyList<AnnualAssessmentRecord>? years, Action<string, string> add)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < (years?.Count ?? 0); i++)
        {
            var path = $"{nameof(CountyAccountability.Years)}[{i}]";
            if (years![i] is not { } year)
            {
                add(path, "the year is null");
                continue;
            }

            if (!seen.Add(year.Year))
            {
                add($"{path}.{nameof(AnnualAssessmentRecord.Year)}", $"{year.Year} is recorded twice: one assessment a year");
            }

            if (year.Grade is { } grade && string.IsNullOrWhiteSpace(grade))
            {
                add($"{path}.{nameof(AnnualAssessmentRecord.Grade)}", "the grade is blank: leave it out when not recorded");
            }

            LevelChecks.NotNegative(year.ReductionTarget, $"{path}.{nameof(AnnualAssessmentRecord.ReductionTarget)}", add);
            LevelChecks.NotNegative(year.PeopleLiftedOut, $"{path}.{nameof(AnnualAssessmentRecord.PeopleLiftedOut)}", add);
            if (year is { ReductionTarget: >= 0 and var target, PeopleLiftedOut: >= 0 and var lifted, TargetMet: { } met } && met != (lifted >= target))
            {
                add($"{path}.{nameof(AnnualAssessmentRecord.TargetMet)}", $"recorded {(met ? "met" : "missed")}, but {lifted} people lifted out of a target of {target} {(lifted >= target ? "meet" : "miss")} it");
            }
        }
    }

    private static void Part(int? part, string partName, int? whole, string wholeName, Action<string, string> add)
    {
        var path = nameof(CountyAccountability.Assistance);
        LevelChecks.NotNegative(whole, $"{path}.{wholeName}", add);
        LevelChecks.NotNegative(part, $"{path}.{partName}", add);
        if (part > whole && whole >= 0)
        {
            add($"{path}.{partName}", $"{part} is more than the {whole} of {wholeName}");
        }
    }
}
