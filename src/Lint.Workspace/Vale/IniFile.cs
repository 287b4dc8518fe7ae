using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>.vale.ini</c> read as Vale's INI library reads it: <c>#</c> and <c>;</c> comment lines, a comment
/// after a space and <c>#</c> or <c>;</c>, <c>key = value</c> (or <c>key: value</c>), values in double
/// quotes, a trailing <c>\</c> continuing a value on the next line, sections written twice merged. A line
/// that is neither a section nor a key is an error at its line, and the rest still reads.
/// </summary>
public sealed class IniFile
{
    private readonly List<IniSection> _sections = [];

    private IniFile(string path) => Path = path;

    /// <summary>The file as errors name it.</summary>
    public string Path { get; }

    /// <summary>The core settings (the keys before any section header), then the sections in the order first written.</summary>
    public IReadOnlyList<IniSection> Sections => _sections;

    public IniSection Core => _sections[0];

    public IniSection? Section(string name) => _sections.Find(s => s.Name == name);

    public static IniFile Parse(string text, string path, List<ConfigError> errors)
    {
        var file = new IniFile(path);
        var section = new IniSection(string.Empty, 1);
        file._sections.Add(section);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (i == 0)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var close = line.LastIndexOf(']');
                if (close < 2)
                {
                    errors.Add(new ConfigError(path, number, 1, $"A section header needs a name and a closing ']': '{line}'."));
                    continue;
                }

                var name = line[1..close].Trim();
                section = file.Section(name) ?? new IniSection(name, number);
                if (!file._sections.Contains(section))
                {
                    file._sections.Add(section);
                }

                continue;
            }

            var delimiter = line.IndexOfAny(['=', ':']);
            if (delimiter <= 0)
            {
                errors.Add(new ConfigError(path, number, 1, $"Expected 'key = value' or a '[section]', not '{line}'."));
                continue;
            }

            var key = line[..delimiter].Trim();
            var raw = lines[i];
            var start = raw.IndexOf(line[delimiter], StringComparison.Ordinal) + 1;
            while (start < raw.Length && char.IsWhiteSpace(raw[start]))
            {
                start++;
            }

            var column = start + 1;
            var value = line[(delimiter + 1)..].Trim();
            while (value.EndsWith('\\') && i + 1 < lines.Length)
            {
                value = value[..^1].TrimEnd() + " " + lines[++i].Trim();
            }

            section.Entries.Add(new IniEntry(key, Clean(value), path, number, column));
        }

        return file;
    }

    /// <summary>
    /// The sections of <paramref name="under"/> with those of <paramref name="over"/> on top, as Vale loads its
    /// global configuration under the project's: a key the project writes replaces the global one, except list
    /// keys (<paramref name="isList"/>), whose values add up, as Vale's shadowed keys do.
    /// </summary>
    public static IniFile Merge(IniFile under, IniFile over, Func<string, bool> isList)
    {
        var merged = new IniFile(over.Path);
        foreach (var source in under._sections.Concat(over._sections))
        {
            var section = merged.Section(source.Name);
            if (section is null)
            {
                merged._sections.Add(section = new IniSection(source.Name, source.Line));
            }

            var replaced = source.Keys.ToHashSet(StringComparer.Ordinal);
            section.Entries.RemoveAll(e => replaced.Contains(e.Key) && !isList(e.Key));
            section.Entries.AddRange(source.Entries);
        }

        return merged;
    }

    /// <summary>A value without its inline comment (a <c>#</c> or <c>;</c> after a space) and without surrounding quotes.</summary>
    private static string Clean(string value)
    {
        if (value.StartsWith('"') && value.IndexOf('"', 1) is var end and > 0)
        {
            return value[1..end];
        }

        foreach (var mark in new[] { " #", " ;", "\t#", "\t;" })
        {
            var at = value.IndexOf(mark, StringComparison.Ordinal);
            if (at >= 0)
            {
                value = value[..at].TrimEnd();
            }
        }

        return value;
    }
}
