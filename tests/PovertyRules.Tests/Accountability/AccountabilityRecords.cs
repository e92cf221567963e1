using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Accountability;

/// <summary>A designated county, de-capped on 2019-04-30, whose every duty is met and whose leaders were graded A in 2017 and 2018.</summary>
internal static class AccountabilityRecords
{
    public static readonly DateOnly Decapped = new(2019, 4, 30);

    public static PolicyProfile Profile => PolicyProfiles.National(2016);

    public static CountyAccountability Compliant() => new()
    {
        Code = "360731",
        Name = "于都县",
        Designated = true,
        Decapped = true,
        DecappedOn = Decapped,
        Leaders =
        [
            new CountyLeader { Role = LeaderRole.PartySecretary, StartDate = new DateOnly(2016, 3, 1) },
            new CountyLeader { Role = LeaderRole.CountyHead, StartDate = new DateOnly(2015, 9, 1) },
        ],
        ProposedTransfers = [],
        Years =
        [
            Year(2017, "A", 8000, 8000),
            Year(2018, "A", 6000, 6100),
        ],
        Assistance = new AssistanceRecord { PoorVillages = 70, VillagesWithTaskForce = 70, PoorHouseholds = 2100, HouseholdsWithHelper = 2100 },
    };

    public static AnnualAssessmentRecord Year(int year, string? grade, int? target, int? lifted, bool? met = null) =>
        new() { Year = year, Grade = grade, ReductionTarget = target, PeopleLiftedOut = lifted, TargetMet = met };

    public static CountyAccountability WithTransfer(this CountyAccountability county, DateOnly? date, TransferReason? reason, bool? approval = null) =>
        county with { ProposedTransfers = [new ProposedTransfer { Role = LeaderRole.PartySecretary, Date = date, Reason = reason, ApprovalDocumented = approval }] };

    public static AccountabilityAssessment Assess(CountyAccountability county, PolicyProfile? profile = null) =>
        Engine.Instance.AssessAccountability(county, profile ?? Profile);

    public static PovertyRules.Rules.Outcome OutcomeOf(this AccountabilityAssessment assessment, string ruleId) =>
        assessment.Findings.Single(f => f.RuleId == ruleId).Outcome;
}
