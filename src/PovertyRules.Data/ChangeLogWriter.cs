using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PovertyRules.Live;
using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>
/// Writes a live register's change log as JSON Lines: one line per applied change, with its sequence number, time,
/// kind, reference (who, why) and the change's records, in the order applied. Subscribe it to the register
/// (<c>register.Subscribe(writer)</c>) or write results yourself; <see cref="ChangeLogReader"/> reads it back. Not
/// thread-safe (a register notifies from its one writer); dispose it to flush the file.
/// </summary>
/// <remarks>
/// Personal ID numbers (<c>idNumber</c>) are masked (<see cref="PersonalIdNumber.Mask"/>): the household rules never
/// read them, so a replayed log reproduces every assessment; the data-quality checks, which do, are not part of a
/// live register.
/// </remarks>
public sealed class ChangeLogWriter : IObserver<LiveResult>, IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    /// <summary>Writes to <paramref name="stream"/> as UTF-8 (without a byte-order mark); the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ChangeLogWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        _ownsWriter = true;
    }

    /// <summary>Creates (or replaces) the file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ChangeLogWriter Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = File.Create(path);
        return new ChangeLogWriter(file, file);
    }

    private ChangeLogWriter(Stream stream, Stream owned)
        : this(stream) => _owned = owned;

    private readonly Stream? _owned;

    /// <summary>How many changes were written.</summary>
    public long Written { get; private set; }

    /// <summary>Writes the changes <paramref name="result"/> applied (a refused change is not in the log).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public void Write(LiveResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var applied in result.Applied)
        {
            Write(applied);
        }
    }

    /// <summary>Writes one applied change as one line.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="applied"/> is null.</exception>
    public void Write(AppliedChange applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        var line = new JsonObject
        {
            ["sequence"] = applied.Sequence,
            ["time"] = applied.Time,
            ["kind"] = applied.Change.Kind,
        };
        var change = JsonSerializer.SerializeToNode(applied.Change, applied.Change.GetType(), ChangeLogJson.Options)!.AsObject();
        change.Remove("kind");
        foreach (var (name, value) in change.ToList())
        {
            change.Remove(name);
            line[name] = value;
        }

        Mask(line);
        _writer.Write(line.ToJsonString());
        _writer.Write('\n');
        Written++;
    }

    /// <summary>Flushes what was written.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc/>
    void IObserver<LiveResult>.OnNext(LiveResult value) => Write(value);

    /// <inheritdoc/>
    void IObserver<LiveResult>.OnError(Exception error) => Flush();

    /// <inheritdoc/>
    void IObserver<LiveResult>.OnCompleted() => Flush();

    /// <summary>Flushes and closes the file (a stream given to the constructor is left open).</summary>
    public void Dispose()
    {
        _writer.Flush();
        if (_ownsWriter)
        {
            _writer.Dispose();
        }

        _owned?.Dispose();
    }

    private static void Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "idNumber" && value is JsonValue text && text.TryGetValue<string>(out var id))
                    {
                        obj[name] = PersonalIdNumber.Mask(id);
                    }
                    else
                    {
                        Mask(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Mask(item);
                }

                break;
        }
    }
}
