using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>The steps of the household exit procedure (中办发〔2016〕16号 三(一)), each a yes/no field of the household's exit procedure record.</summary>
internal static class HouseholdStep
{
    public static StepCriterion<HouseholdFact> Of(string id, string nameEn, string nameZh, Expression<Func<HouseholdFact, bool?>> done) =>
        StepCriterion<HouseholdFact>.Step(id, nameEn, nameZh, done, nameof(Model.Household.ExitProcedure), Citations.ExitMechanismHouseholdProcedure);
}
