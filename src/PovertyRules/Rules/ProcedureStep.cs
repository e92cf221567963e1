using System.Linq.Expressions;
using PovertyRules.Policy;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Household;
using PovertyRules.Rules.Village;

namespace PovertyRules.Rules;

/// <summary>
/// The steps of each level's procedure (中办发〔2016〕16号 三): each a yes/no field of the level's procedure record,
/// cited to that level's procedure clause.
/// </summary>
internal static class ProcedureStep
{
    public static StepCriterion<HouseholdFact> Household(string id, string nameEn, string nameZh, Expression<Func<HouseholdFact, bool?>> done) =>
        StepCriterion<HouseholdFact>.Step(id, nameEn, nameZh, done, nameof(Model.Household.ExitProcedure), Citations.ExitMechanismHouseholdProcedure);

    public static StepCriterion<VillageFact> Village(string id, string nameEn, string nameZh, Expression<Func<VillageFact, bool?>> done) =>
        StepCriterion<VillageFact>.Step(id, nameEn, nameZh, done, nameof(Model.Village.Procedure), Citations.VillageProcedure);

    public static StepCriterion<CountyFact> County(string id, string nameEn, string nameZh, Expression<Func<CountyFact, bool?>> done) =>
        StepCriterion<CountyFact>.Step(id, nameEn, nameZh, done, nameof(Model.County.Procedure), Citations.CountyProcedure);
}
