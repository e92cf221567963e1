using System.Text.Json;
using System.Text.Json.Serialization;

namespace PovertyRules.WebApi;

/// <summary>
/// Reads a request body of one record or an array of them, within the request limits. Bad input becomes a problem
/// details response naming the JSON path of the field and the reason; nothing is guessed.
/// </summary>
internal static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    /// <summary>The records of the body, or the problem to answer with.</summary>
    public static async Task<(IReadOnlyList<T>? Records, bool Many, IResult? Problem)> Read<T>(HttpRequest request, RequestLimits limits)
        where T : class
    {
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return (null, false, TooLarge($"The body is {request.ContentLength:N0} bytes; at most {limits.MaxRequestBytes:N0} are accepted."));
        }

        // Read at most one byte past the limit: a body without a length is held to it too.
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxRequestBytes)
            {
                return (null, false, TooLarge($"The body is over {limits.MaxRequestBytes:N0} bytes, the most accepted."));
            }
        }

        if (buffer.Length == 0)
        {
            return (null, false, Invalid("$", "The body is empty; send one record as a JSON object or several as a JSON array."));
        }

        buffer.Position = 0;
        try
        {
            using var document = await JsonDocument.ParseAsync(buffer, cancellationToken: request.HttpContext.RequestAborted);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                if (root.GetArrayLength() > limits.MaxRecordsPerRequest)
                {
                    return (null, true, TooLarge($"The body holds {root.GetArrayLength():N0} records; at most {limits.MaxRecordsPerRequest:N0} are accepted in one request."));
                }

                var records = new List<T>(root.GetArrayLength());
                var index = 0;
                foreach (var element in root.EnumerateArray())
                {
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        return (null, true, Invalid($"$[{index}]", $"A record must be a JSON object, not {element.ValueKind}."));
                    }

                    try
                    {
                        records.Add(element.Deserialize<T>(Options)!);
                    }
                    catch (JsonException e)
                    {
                        return (null, true, Invalid(Within($"$[{index}]", e.Path), Reason(e)));
                    }

                    index++;
                }

                return (records, true, null);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, false, Invalid("$", $"The body must be a JSON object (one record) or array (several), not {root.ValueKind}."));
            }

            return ([root.Deserialize<T>(Options)!], false, null);
        }
        catch (JsonException e)
        {
            return (null, false, Invalid(e.Path ?? "$", Reason(e)));
        }
    }

    /// <summary>A 400 problem whose <c>errors</c> name the field (a JSON path) and say why.</summary>
    public static IResult Invalid(string field, string reason) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [reason] },
            title: "The request is not valid input",
            detail: $"{field}: {reason}");

    private static IResult TooLarge(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large");

    private static string Within(string prefix, string? path) =>
        path is null or "$" ? prefix : prefix + path[1..];

    // The serializer's message names the .NET type and path; the reason alone reads better beside the path.
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
