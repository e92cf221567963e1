using PovertyRules.Rules;

namespace PovertyRules.Assessment;

/// <summary>
/// One level's path from records to assessments under one profile, the same for households, villages and counties:
/// validate each record (a malformed one becomes invalid input and never reaches the rules), build its fact, fire the
/// rule set over the batch (then the rule packs, for households), and conclude each fact — a fact the rules could not evaluate becomes invalid input too.
/// Records in = results out, in input order.
/// </summary>
/// <typeparam name="TInput">What is assessed: a record, or a record with its roll-up counts.</typeparam>
/// <typeparam name="TFact">The level's fact.</typeparam>
/// <typeparam name="TAssessment">The level's result.</typeparam>
internal sealed class AssessmentPipeline<TInput, TFact, TAssessment>(
    LevelRuleSet<TFact> rules,
    Func<TInput, IReadOnlyList<InputError>> validate,
    Func<TInput, TFact> build,
    Func<TInput, TFact, TAssessment> conclude,
    Func<TInput, IReadOnlyList<InputError>, TAssessment> invalid,
    Action<List<TFact>>? alsoFire = null)
    where TFact : LevelFact
{
    /// <summary>Records per session for <see cref="AssessAll"/>.</summary>
    private const int BatchSize = 512;

    /// <summary>Assesses one batch in one session; <paramref name="results"/> has one slot per input.</summary>
    public void Assess(ReadOnlySpan<TInput> batch, Span<TAssessment> results)
    {
        var facts = new List<TFact>(batch.Length);
        Span<int> slots = batch.Length <= 1024 ? stackalloc int[batch.Length] : new int[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            slots[i] = -1;
            var errors = validate(batch[i]);
            if (errors.Count > 0)
            {
                results[i] = invalid(batch[i], errors);
                continue;
            }

            TFact fact;
            try
            {
                fact = build(batch[i]);
            }
            catch (RuleEvaluationException e)
            {
                results[i] = invalid(batch[i], [new InputError("(rules)", e.Message)]);
                continue;
            }

            slots[i] = facts.Count;
            facts.Add(fact);
        }

        rules.Fire(facts);
        alsoFire?.Invoke(facts);
        for (var i = 0; i < batch.Length; i++)
        {
            if (slots[i] >= 0)
            {
                var fact = facts[slots[i]];
                results[i] = fact.Failure is null ? conclude(batch[i], fact) : invalid(batch[i], [new InputError("(rules)", fact.Failure)]);
            }
        }
    }

    /// <summary>Assesses every input, a session per batch of 512.</summary>
    public TAssessment[] AssessAll(IReadOnlyList<TInput> inputs)
    {
        var all = inputs as TInput[] ?? [.. inputs];
        var results = new TAssessment[all.Length];
        for (var start = 0; start < all.Length; start += BatchSize)
        {
            var length = Math.Min(BatchSize, all.Length - start);
            Assess(all.AsSpan(start, length), results.AsSpan(start, length));
        }

        return results;
    }

    /// <summary>The invalid-input result for <paramref name="input"/> with <paramref name="errors"/>, without the rules.</summary>
    public TAssessment Invalid(TInput input, IReadOnlyList<InputError> errors) => invalid(input, errors);

    /// <summary>Assesses one input.</summary>
    public TAssessment AssessOne(TInput input)
    {
        var result = new TAssessment[1];
        Assess([input], result);
        return result[0];
    }
}
