// A throwaway consumer of the packed packages, as a provincial system would reference them: it assesses one household
// and reads the sample roster export. Argument: the folder holding the sample files.
using System.Runtime.InteropServices;
using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Model;
using PovertyRules.Policy;

var samples = args[0];
var engine = new PovertyRulesEngine();

var household = new Household
{
    Id = "4312260001",
    VillageCode = "431226101201",
    Members =
    [
        new Member { Relationship = Relationship.Head, Age = 46, MedicalInsuranceEligible = true, MedicalInsuranceEnrolled = true, OnGovernmentPayroll = false, VillageCadre = false },
        new Member { Relationship = Relationship.Son, Age = 12, Schooling = SchoolingStatus.Grade7, MedicalInsuranceEligible = true, MedicalInsuranceEnrolled = true, OnGovernmentPayroll = false, VillageCadre = false },
    ],
    Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3400m }],
    FoodAndClothingSecure = true,
    Dwelling = new Dwelling { Grade = HousingGrade.B, Resettled = false },
    SafeDrinkingWater = true,
    RegisteredBusiness = false,
    OwnedHousing = [],
    Vehicles = [],
    ExitProcedure = new ExitProcedureRecord
    {
        AppraisalHeld = true, Verified = true, HouseholdConsented = true, NoticeDays = 7, UnresolvedObjections = 0, Announced = true,
    },
};
var one = engine.Assess(household, PolicyProfiles.National(2016));
Console.WriteLine($"household {one.HouseholdId}: {one.Status}");

var options = new RosterOptions
{
    IncomeYear = 2019,
    VillageCodes = new Dictionary<string, string> { ["大坪村"] = "360730101201", ["石门村"] = "360730101202", ["高岭村"] = "360730101203" },
    SupplementPath = Path.Combine(samples, "supplement.csv"),
    Assumptions =
    [
        new RegisterAssumption(AssumedFact.NoExcludedCategory,
            new DeclaredAssumption("four-categories-checked", "The 2019 clean-up found none in these households.", "county poverty office, 2019 ledger")),
    ],
};
using var roster = RosterReader.Open(Path.Combine(samples, "roster-gb18030-labels.csv"), options);
var statuses = roster.Track(engine.AssessMany(roster, PolicyProfiles.National(2019))).Select(r => r.Status).ToList();
Console.WriteLine($"roster: {string.Join(",", statuses)}");
Console.WriteLine($"summary: {roster.Summary}; reconciles {roster.Summary.Reconciles}");
Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}");
return roster.Summary.Reconciles && one.Status == HouseholdStatus.MayExit ? 0 : 1;
