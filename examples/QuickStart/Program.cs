// Assesses one household per outcome under the national 2016 profile and prints each outcome with its findings.
// Exits with code 1 if any household's outcome is not the one this example expects, so the example cannot go stale.
using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Policy;

var profile = PolicyProfiles.National(2016);
var engine = new PovertyRulesEngine();

Household Typical(string id) => new()
{
    Id = id,
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

var cases = new (Household Household, HouseholdStatus Expected)[]
{
    (Typical("4312260001"), HouseholdStatus.MayExit),
    (Typical("4312260002") with { ExitProcedure = new ExitProcedureRecord { AppraisalHeld = true, Verified = true } }, HouseholdStatus.EligibleProcedurePending),
    (Typical("4312260003") with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 2952m }] }, HouseholdStatus.RemainsPoor),
    (Typical("4312260004") with { Vehicles = [new Vehicle(VehicleKind.PassengerCar) { Value = 56000m }] }, HouseholdStatus.IneligibleWronglyRegistered),
    (Typical("4312260005") with { FoodAndClothingSecure = null }, HouseholdStatus.Undetermined),
    (Typical("4312260006") with { VillageCode = "43122610120", Income = [new AnnualIncome { Year = 2016, PerCapitaNet = -10m }] }, HouseholdStatus.InvalidInput),
};

var mismatches = 0;
foreach (var (household, expected) in cases)
{
    var result = engine.Assess(household, profile);
    Console.WriteLine($"Household {result.HouseholdId}: {result.Status}");
    foreach (var error in result.Errors)
    {
        Console.WriteLine($"  invalid  {error}");
    }

    foreach (var finding in result.Findings.Where(f => f.Outcome != Outcome.Met || result.Status == HouseholdStatus.MayExit))
    {
        Console.WriteLine($"  {finding.Outcome,-7}  {finding.MessageEn}");
        Console.WriteLine($"           {finding.MessageZh}");
    }

    if (result.Status != expected)
    {
        Console.WriteLine($"  UNEXPECTED: expected {expected}");
        mismatches++;
    }

    Console.WriteLine();
}

var receipt = engine.Assess(cases[0].Household, profile).Receipt;
Console.WriteLine($"{cases.Length} households assessed, {mismatches} unexpected; profile {receipt.ProfileId}, parameter hash {receipt.ParameterHash}, rule set {receipt.RuleSetVersion}");
return mismatches == 0 ? 0 : 1;
