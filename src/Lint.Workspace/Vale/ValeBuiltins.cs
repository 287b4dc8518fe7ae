using System.Text;
using Lint.Rules.Loading;
using Lint.Workspace.Input;

namespace Lint.Workspace.Vale;

/// <summary>
/// Vale's own rules that are not in any style folder, as Vale's source defines them: <c>Vale.Spelling</c>
/// (<c>extends: spelling</c>, "Did you really mean '%s'?", error; the shipped en_US dictionary, and the
/// vocabulary's accepted terms are words it knows) and <c>Vale.Repetition</c> (<c>extends: repetition</c>,
/// "'%s' is repeated!", error; any case, words of letters). They are made only for a configuration that
/// names them (<c>BasedOnStyles = Vale</c>, or <c>Vale.Spelling = YES</c>), and run where it turns them on.
/// Vale's actions (suggest spellings, delete the repeat) are Lint's own: the repetition rule's fix deletes the
/// second word.
/// (<c>Vale.Terms</c> and <c>Vale.Avoid</c> come from the vocabulary: <see cref="ValeVocabulary"/>.)
/// </summary>
public static class ValeBuiltins
{
    public static IReadOnlyList<RuleSource> Rules(ValeConfig vale, IReadOnlyList<string> accepted)
    {
        var origin = ArticleReader.DisplayPath(vale.Path);
        var rules = new List<RuleSource>();
        if (Named(vale, "Spelling"))
        {
            var yaml = new StringBuilder("extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: error\nscope: text\n");
            if (accepted.Count > 0)
            {
                yaml.Append("filters:\n");
                foreach (var term in accepted)
                {
                    yaml.Append("  - ").Append(ValeVocabulary.Quote("^(?:" + term + ")$")).Append('\n');
                }
            }

            rules.Add(new RuleSource(origin, "Vale.Spelling", yaml.ToString()));
        }

        if (Named(vale, "Repetition"))
        {
            rules.Add(new RuleSource(origin, "Vale.Repetition",
                "extends: repetition\nmessage: \"'%s' is repeated!\"\nlevel: error\nscope: text\nignorecase: true\nalpha: true\n"
                + "tokens:\n  - '[^\\s.!?]+'\n"));
        }

        return rules;
    }

    /// <summary>Whether a section bases files on the Vale style or names the rule.</summary>
    private static bool Named(ValeConfig vale, string rule) =>
        vale.Sections.Any(s => (s.BasedOnStyles ?? []).Any(b => b.Value == "Vale") || s.Rules.Any(r => r.Rule.Value == "Vale." + rule));
}
