using Lint.Language.Spelling;
using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Spelling;

/// <summary>
/// Finds and reads a spelling rule's dictionaries and word lists as Vale does. <c>aff</c> and <c>dic</c> name
/// one dictionary's files. Otherwise each of <c>dictionaries</c> is <c>NAME.dic</c> and <c>NAME.aff</c> in the
/// <c>dicpath</c> folder (as written, then in the styles folder, then in the working directory; by default
/// <c>config/dictionaries</c> in the styles folder), else in the <c>DICPATH</c> folder. With none of these, or
/// with <c>append: true</c>, the shipped en_US dictionary is used too. An <c>ignore</c> file is read from
/// each of the working directory, the styles folder and its <c>config/ignore</c> that has it.
/// </summary>
internal sealed class DictionaryFiles(RuleNode options)
{
    private RuleFiles Files => options.Files;

    public List<Func<HunspellDictionary>>? Dictionaries(YamlScalarNode? aff, YamlScalarNode? dic, IReadOnlyList<YamlScalarNode> names, YamlScalarNode? dicpath, bool append)
    {
        var found = new List<Func<HunspellDictionary>>();
        if (aff is not null || dic is not null)
        {
            return Pair(aff, dic) is { } one ? [() => one] : null;
        }

        var folder = Folder(dicpath);
        if (folder is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            var files = Named(folder, name.Value ?? string.Empty);
            if (files is null)
            {
                var where = string.Join(", ", new[] { folder, Files.DictionaryPath }.Where(f => !string.IsNullOrEmpty(f)));
                options.Errors.Add(name, $"No dictionary '{name.Value}' was found: Lint looked for {name.Value}.dic and {name.Value}.aff in {(where.Length > 0 ? where : "no folder (the rule was not read from a folder)")}.");
                return null;
            }

            if (Read(files.Value.Aff, files.Value.Dic, name) is not { } read)
            {
                return null;
            }

            found.Add(() => read);
        }

        if (found.Count == 0 || append)
        {
            DefaultDictionary.Preload();
            found.Add(() => DefaultDictionary.Value);
        }

        return found;
    }

    /// <summary>The words of the <c>ignore</c> files; a file found nowhere is a note, as Vale loads the rule without it.</summary>
    public List<string> Ignored(IReadOnlyList<YamlScalarNode> ignore)
    {
        var words = new List<string>();
        foreach (var node in ignore)
        {
            var name = node.Value ?? string.Empty;
            string[] places = [name, Path.Combine(Files.StylesPath, name), Path.Combine(Files.StylesPath, "config", "ignore", name)];
            var read = places.Distinct(StringComparer.Ordinal).Select(Files.Read).Where(b => b is not null).ToList();
            if (read.Count == 0)
            {
                options.Errors.Note(node, $"No ignore file '{name}' was found (Lint looked in the working directory, the styles folder and its config/ignore): the rule loads without it.");
            }

            foreach (var bytes in read)
            {
                words.AddRange(WordList.Read(new StringReader(DictionaryEncoding.Decode(bytes!, System.Text.Encoding.UTF8))));
            }
        }

        return words;
    }

    private string? Folder(YamlScalarNode? dicpath)
    {
        if (dicpath?.Value is not { } path)
        {
            return Path.Combine(Files.StylesPath, "config", "dictionaries");
        }

        var folder = new[] { path, Path.Combine(Files.StylesPath, path) }.FirstOrDefault(Files.IsFolder);
        if (folder is null)
        {
            options.Errors.Add(dicpath, $"The dicpath '{path}' is not a folder, as written, in the styles folder or in the working directory.");
        }

        return folder;
    }

    private (byte[] Aff, byte[] Dic)? Named(string folder, string name)
    {
        foreach (var place in new[] { folder, Files.DictionaryPath })
        {
            if (!string.IsNullOrEmpty(place) && Files.Read(Path.Combine(place, name + ".dic")) is { } dic && Files.Read(Path.Combine(place, name + ".aff")) is { } aff)
            {
                return (aff, dic);
            }
        }

        return null;
    }

    /// <summary>Vale's <c>aff</c> and <c>dic</c>: the paths of one dictionary's two files, as written or in the styles folder.</summary>
    private HunspellDictionary? Pair(YamlScalarNode? aff, YamlScalarNode? dic)
    {
        if (aff is null || dic is null)
        {
            options.Errors.Add((aff ?? dic)!, "'aff' and 'dic' name the two files of one dictionary: give both.");
            return null;
        }

        var affFile = Asset(aff);
        var dicFile = Asset(dic);
        return affFile is null || dicFile is null ? null : Read(affFile, dicFile, dic);
    }

    private byte[]? Asset(YamlScalarNode node)
    {
        var path = node.Value ?? string.Empty;
        var bytes = Asset(path);
        if (bytes is null)
        {
            options.Errors.Add(node, $"No file '{path}' was found, as written or in the styles folder.");
        }

        return bytes;
    }

    private byte[]? Asset(string path) => Files.Read(path) ?? Files.Read(Path.Combine(Files.StylesPath, path));

    private HunspellDictionary? Read(byte[] aff, byte[] dic, YamlScalarNode at)
    {
        var file = ".aff";
        try
        {
            var encoding = DictionaryEncoding.Of(aff);
            var affixes = AffixFile.Parse(new StringReader(DictionaryEncoding.Decode(aff, encoding)));
            file = ".dic";
            var dictionary = HunspellDictionary.Read(affixes, new StringReader(DictionaryEncoding.Decode(dic, encoding)));
            foreach (var note in dictionary.Notes)
            {
                options.Errors.Note(at, $"The dictionary '{at.Value}' (.aff, line {note.Line}): {note.Message}");
            }

            return dictionary;
        }
        catch (DictionaryFormatException ex)
        {
            options.Errors.Add(at, $"The dictionary '{at.Value}' ({file}, line {ex.Line}) is not a Hunspell dictionary: {ex.Message}");
            return null;
        }
    }
}
