using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lint.Rules.Loading;

/// <summary>
/// YamlDotNet's parser, stopped with a located <see cref="YamlException"/> as soon as lists and mappings
/// nest deeper than the limit. YamlDotNet builds its node tree recursively, so without this a file of
/// 100,000 '[' overflows the stack and kills the process instead of giving an error. The configuration
/// loader uses it too, with its own limit's name.
/// </summary>
public sealed class DepthLimitedParser(string text, int maxDepth, string limit = "the rule-file nesting limit (" + nameof(RuleLimits.MaxYamlDepth) + ")") : IParser
{
    private readonly Parser _parser = new(new StringReader(text));
    private int _depth;

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        switch (_parser.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                var at = _parser.Current.Start;
                throw new TooDeepException(at, $"Lists and mappings nest more than {maxDepth} deep here, past {limit[..^1]}: {maxDepth}).");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }

    /// <summary>The file nests past the limit: valid YAML, but refused.</summary>
    public sealed class TooDeepException(Mark at, string message) : YamlException(at, at, message);
}
