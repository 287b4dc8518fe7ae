namespace Lint.Cli.Configuration;

/// <summary>The commented <c>.lint.yaml</c> that <c>lint init</c> writes: every key, with the defaults, explained.</summary>
public static class StarterConfig
{
    public const string Text = """
        # Lint configuration. Lint uses the .lint.yaml nearest to each article (in its folder or a folder
        # above it); paths and globs here are relative to this file's folder.

        # Start from another config file and change only what differs (a relative path).
        # extends: ../.lint.yaml

        # More folders of rules (Style/Name.yml files), as well as the default newsroom pack.
        # rules:
        #   - styles

        # Use the default newsroom rule pack (true unless set to false).
        default-rules: true

        # Turn rules or whole styles off, or back on. A rule's own setting beats its style's.
        # disable:
        #   - Newsroom.SentenceCase
        # enable:
        #   - Newsroom.SentenceCase

        # Change the severity of a rule or a style: error, warning or suggestion.
        # severity:
        #   Newsroom.ContextTypos: error

        # The same keys (enable, disable, severity) for some files only, matched by globs.
        # overrides:
        #   - files: "opinion/**"
        #     disable: [Newsroom.SentenceCase]

        # Files and folders not to lint.
        # ignore:
        #   - "archive/**"

        # The lowest severity that makes 'lint check' fail (exit code 1): error, warning, suggestion or none.
        fail-level: error

        # The lowest severity shown: error, warning or suggestion.
        min-level: suggestion

        """;
}
