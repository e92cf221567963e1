using System.Globalization;
using System.Text;

namespace PovertyRules.Distance;

/// <summary>
/// How far a household, village or county is from exiting under the profile it was assessed with: the smallest set of
/// changes that would let it exit, or the inputs to collect before that can be said, or why there is no distance.
/// Computed from an assessment's verdicts and the record it was made on (<see cref="DistanceExtensions"/>). Immutable.
/// </summary>
/// <remarks>
/// Applying every change of <see cref="Changes"/> to the record (and nothing else) lets it exit, when
/// <see cref="InputsToCollect"/> is empty; leaving out any one change does not. Each quantity is the least that passes
/// under the same comparison the rule makes (a strict comparison at a line is passed by one yuan more, never by the
/// line itself). The procedure's steps not done or not recorded are changes too: a record whose criteria are all met
/// still needs them to exit.
/// </remarks>
public sealed class ExitDistance
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private string? _summary;

    internal ExitDistance(string? id, DistanceKind kind, IReadOnlyList<RequiredChange> changes, IReadOnlyList<MissingInput> inputs)
    {
        Id = id;
        Kind = kind;
        Changes = changes;
        InputsToCollect = inputs;
    }

    /// <summary>The household's register number, or the village's or county's code; <c>null</c> when the record had none.</summary>
    public string? Id { get; }

    /// <summary>What the distance says.</summary>
    public DistanceKind Kind { get; }

    /// <summary>
    /// The changes that would let the record exit, in report order of their criteria; empty unless <see cref="Kind"/>
    /// is <see cref="DistanceKind.Changes"/>.
    /// </summary>
    public IReadOnlyList<RequiredChange> Changes { get; }

    /// <summary>
    /// Inputs whose absence leaves a criterion undecided: for <see cref="DistanceKind.InputsToCollect"/> all there is to
    /// do; for <see cref="DistanceKind.Changes"/> inputs that could still block the exit once recorded.
    /// </summary>
    public IReadOnlyList<MissingInput> InputsToCollect { get; }

    /// <summary>
    /// One line for files and reports: <c>reached</c>, <c>wrongly registered</c>, <c>invalid input</c>, the changes'
    /// codes joined by <c>; </c>, and after them <c>collect: </c> and the inputs joined by <c>, </c>. One field of
    /// several members is listed once, with their positions: <c>EX-PAYROLL Members[0-2,5].VillageCadre</c> stands for
    /// members 0, 1, 2 and 5 (<see cref="InputsToCollect"/> keeps one input each).
    /// </summary>
    public string Summary => _summary ??= Summarise();

    /// <summary><c>id: summary</c>.</summary>
    public override string ToString() => $"{Id}: {Summary}";

    /// <summary>
    /// The inputs, in order, each member field once at its first member's place with every member that lacks it:
    /// an export that records no payroll status leaves it open for every member, and one line per member would make
    /// the column longer than the rest of the row.
    /// </summary>
    private void AppendInputs(StringBuilder text)
    {
        var inputs = InputsToCollect;
        var count = inputs.Count;
        Span<bool> listed = count <= 256 ? stackalloc bool[count] : new bool[count];
        // Each input's member (-1: not a member field) and where its field starts, read once: the grouping below
        // compares every input with those after it.
        Span<int> members = count <= 256 ? stackalloc int[count] : new int[count];
        Span<int> fields = count <= 256 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            members[i] = TryMemberField(inputs[i].Input, out var member, out var field) ? member : -1;
            fields[i] = field;
        }

        for (var i = 0; i < count; i++)
        {
            if (listed[i])
            {
                continue;
            }

            text.Append(i > 0 ? ", " : text.Length > 0 ? "; collect: " : "collect: ");
            var input = inputs[i];
            text.Append(input.RuleId).Append(' ');
            var first = members[i];
            if (first < 0)
            {
                text.Append(input.Input);
                continue;
            }

            var field = input.Input.AsSpan(fields[i]);
            text.Append("Members[").Append(first);
            var previous = first;
            var runStart = first;
            for (var j = i + 1; j < count; j++)
            {
                var member = members[j];
                if (listed[j] || member <= previous || inputs[j].RuleId != input.RuleId || !inputs[j].Input.AsSpan(fields[j]).SequenceEqual(field))
                {
                    continue;
                }

                listed[j] = true;
                if (member != previous + 1)
                {
                    AppendRunEnd(text, runStart, previous);
                    text.Append(',').Append(member);
                    runStart = member;
                }

                previous = member;
            }

            AppendRunEnd(text, runStart, previous);
            text.Append(']').Append(field);
        }
    }

    private static void AppendRunEnd(StringBuilder text, int start, int end)
    {
        if (end > start)
        {
            text.Append('-').Append(end);
        }
    }

    /// <summary>For <c>Members[3].VillageCadre</c>: member 3 and where <c>.VillageCadre</c> starts; <c>false</c> for any other input.</summary>
    private static bool TryMemberField(string input, out int member, out int field)
    {
        const string prefix = "Members[";
        member = 0;
        field = 0;
        if (!input.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var close = input.IndexOf(']', prefix.Length);
        if (close < 0 || !int.TryParse(input.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out member))
        {
            return false;
        }

        field = close + 1;
        return true;
    }

    private string Summarise()
    {
        switch (Kind)
        {
            case DistanceKind.Reached:
                return "reached";
            case DistanceKind.WronglyRegistered:
                return "wrongly registered";
            case DistanceKind.InvalidInput:
                return "invalid input";
        }

        // A bulk writer asks this of every household it writes: one builder a thread, no intermediate strings.
        var text = t_builder ??= new StringBuilder(1024);
        text.Clear();
        foreach (var change in Changes)
        {
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            change.AppendCode(text);
        }

        AppendInputs(text);
        var summary = text.ToString();
        if (text.Capacity > 1 << 16)
        {
            t_builder = null;
        }

        return summary;
    }
}
