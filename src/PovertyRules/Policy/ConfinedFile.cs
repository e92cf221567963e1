using System.Text;
using System.Text.RegularExpressions;

namespace PovertyRules.Policy;

/// <summary>Reads files named by untrusted text: inside a root, regular, of bounded size, and valid UTF-8.</summary>
internal static partial class ConfinedFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The full path of <paramref name="reference"/> written in a file in <paramref name="fromDirectory"/>, or a reason
    /// why it may not be read. The reason quotes the reference, never anything read from a file.
    /// </summary>
    public static string Resolve(string reference, string fromDirectory, string root, ProfileLoadOptions options)
    {
        if (reference.Contains('\0', StringComparison.Ordinal))
        {
            throw new RefusedFileException("the path holds a NUL character");
        }

        if (Path.IsPathFullyQualified(reference) || Path.IsPathRooted(reference))
        {
            if (!options.AllowAbsolutePaths)
            {
                throw new RefusedFileException($"'{reference}' is an absolute path; only paths relative to the file are read unless ProfileLoadOptions.AllowAbsolutePaths is set");
            }

            return Path.GetFullPath(reference);
        }

        var full = Path.GetFullPath(Path.Combine(fromDirectory, reference));
        if (!Inside(full, root))
        {
            throw new RefusedFileException($"'{reference}' leads outside the root folder {root}; name a root with ProfileLoadOptions.Root to read files elsewhere");
        }

        return full;
    }

    /// <summary>Reads the file at <paramref name="fullPath"/> as text, or throws <see cref="RefusedFileException"/>.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="root">When given, a symbolic link must lead to a file inside it.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static string ReadText(string fullPath, long maxBytes, string? root)
    {
        var info = new FileInfo(fullPath);
        if (Directory.Exists(fullPath))
        {
            throw new RefusedFileException("it is a folder, not a file");
        }

        if (!info.Exists)
        {
            throw new FileNotFoundException($"There is no file {fullPath}.", fullPath);
        }

        if (root is not null && info.LinkTarget is not null
            && (info.ResolveLinkTarget(returnFinalTarget: true) is not { } target || !Inside(target.FullName, root)))
        {
            throw new RefusedFileException($"it is a symbolic link that leads outside the root folder {root}");
        }

        // A device, pipe or socket records a size of zero; refusing those before opening also keeps a pipe from
        // blocking the open. An empty regular file is no valid profile or scenario either.
        if (info.Length == 0)
        {
            throw new RefusedFileException("it is empty, or not a regular file (a device, pipe or socket)");
        }

        if (info.Length > maxBytes)
        {
            throw new RefusedFileException($"it holds {info.Length} bytes, more than the limit of {maxBytes}");
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var expected = stream.Length;
        var buffer = new byte[Math.Min(expected, maxBytes) + 1];
        var read = 0;
        while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is > 0 and var n)
        {
            read += n;
        }

        if (read != expected || read > maxBytes)
        {
            throw new RefusedFileException("it is not a regular file: it reads other than its recorded size");
        }

        var span = buffer.AsSpan(0, read);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return Utf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            throw new RefusedFileException($"it is not UTF-8 text (invalid byte at offset {e.Index})");
        }
    }

    /// <summary>A parser's message with its quoted fragments of the input removed, so that no file content is echoed.</summary>
    public static string WithoutQuotes(string message) => Quoted().Replace(message, "'…'");

    private static bool Inside(string full, string root)
    {
        var relative = Path.GetRelativePath(root, full);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }

    [GeneratedRegex("'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}

/// <summary>A file that may not be read, with the reason.</summary>
internal sealed class RefusedFileException(string reason) : IOException(reason);
