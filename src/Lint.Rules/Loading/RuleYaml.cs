using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading;

/// <summary>
/// Reads the YAML of one rule file into its top mapping, or reports why it cannot: too large, not valid
/// YAML (a tab in the indentation is pointed at where the tab is), nested past the limit, more or less
/// than one document, not a mapping, or a mapping whose key is itself a list or a mapping.
/// </summary>
internal static class RuleYaml
{
    public static YamlMappingNode? Parse(string text, RuleErrors errors)
    {
        var limits = errors.Limits;
        if (text.Length > limits.MaxFileLength)
        {
            errors.Add(1, 1, $"The rule file is {text.Length:N0} characters long, more than the {limits.MaxFileLength:N0} a rule file may have (the rule-file size limit, {nameof(RuleLimits.MaxFileLength)}).");
            return null;
        }

        var stream = new YamlStream();
        var parser = new DepthLimitedParser(text, limits.MaxYamlDepth);
        try
        {
            stream.Load(parser);
        }
        catch (DepthLimitedParser.TooDeepException ex)
        {
            errors.Add(ex.Start, ex.Message.Split("): ", 2)[^1]);
            return null;
        }
        catch (AnchorNotFoundException ex) when (Alias(text, ex) is var (name, line, column))
        {
            errors.Add(line, column, $"The alias '*{name}' names no anchor: '&{name}' must come before it.");
            return null;
        }
        catch (YamlException ex) when (TabIndent(text, ex) is var (line, column))
        {
            errors.Add(line, column, "A tab indents this line: YAML indents with spaces only.");
            return null;
        }
        catch (YamlException ex)
        {
            errors.Add(ex.Start, $"The file is not valid YAML: {Clean(ex)}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser gave up without a place of its own: the last thing it read is where it stopped.
            var at = parser.Current?.End;
            errors.Add(at is { } mark ? (int)mark.Line : 1, at is { } m ? (int)m.Column : 1,
                $"The file is not valid YAML after this point: {ex.Message} A [list] or {{mapping}} written across lines must indent its later lines past the key that holds it.");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add(1, 1, stream.Documents.Count == 0 ? "The rule file is empty." : "A rule file holds one YAML document, not several.");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            errors.Add(stream.Documents[0].RootNode, "A rule file must be a mapping of keys (extends, message, level, ...).");
            return null;
        }

        return ReportComplexKeys(mapping, errors) ? null : mapping;
    }

    /// <summary>
    /// Reports every key that is a list or a mapping (YAML's "? [a, b]: c"), which no rule has: without
    /// this such a key is silently skipped. Each node is visited once, so aliases cannot multiply the walk.
    /// </summary>
    private static bool ReportComplexKeys(YamlMappingNode root, RuleErrors errors)
    {
        var found = false;
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        if (key is not YamlScalarNode)
                        {
                            errors.Add(key, "A key must be a single value, not a list or a mapping.");
                            found = true;
                        }

                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return found;
    }

    /// <summary>Where the tab is, when YAML failed on a tab in the indentation: the first indenting tab from the line it failed on.</summary>
    private static (int Line, int Column)? TabIndent(string text, YamlException ex)
    {
        if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = (int)Math.Max(0, ex.Start.Line - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Where the alias YamlDotNet could not resolve is (it says only its name): its first use in the text.</summary>
    private static (string Name, int Line, int Column)? Alias(string text, AnchorNotFoundException ex)
    {
        var quoted = ex.Message.Split('\'');
        var at = -1;
        do
        {
            at = quoted.Length >= 3 ? text.IndexOf("*" + quoted[1], at + 1, StringComparison.Ordinal) : -1;
        }
        while (at > 0 && text[at - 1] is not (' ' or '\t' or '\n' or '[' or ',' or '{' or ':' or '-'));

        if (at < 0)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var line = text.AsSpan(0, at).Count('\n') + 1;
        return (quoted[1], line, at - lineStart + 1);
    }

    private static string Clean(YamlException ex)
    {
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
