namespace PovertyRules.Rules.Packs;

/// <summary>Whether a rule pack's criterion takes part in the household's exit decision.</summary>
public enum PackCriterionRole
{
    /// <summary>An exit criterion like the national ones: not met keeps the household poor, unknown leaves it undetermined.</summary>
    ExitCriterion = 1,

    /// <summary>Reported beside the decision (a finding of kind <see cref="CriterionKind.Reported"/>), with no say in the status.</summary>
    ReportOnly = 2,
}
