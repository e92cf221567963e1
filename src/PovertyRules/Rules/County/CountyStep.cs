using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>The six steps of the county de-capping procedure (中办发〔2016〕16号 三(三)), each a yes/no field of the county's procedure record.</summary>
internal static class CountyStep
{
    public static StepCriterion<CountyFact> Of(string id, string nameEn, string nameZh, Expression<Func<CountyFact, bool?>> done) =>
        StepCriterion<CountyFact>.Step(id, nameEn, nameZh, done, nameof(Model.County.Procedure), Citations.CountyProcedure);
}
