using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lint.Rules.Loading.Options;

/// <summary>
/// Writes a JSON Schema (draft 07, which editors' YAML plug-ins read) from key declarations: one for a plain
/// file such as <c>.lint.yaml</c>, and one for rule files, where each kind (<c>extends</c>) allows its own keys.
/// Mappings inside are shared definitions, so a table used twice, or inside itself, is written once.
/// </summary>
public sealed class OptionSchema
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject _definitions = [];

    /// <summary>The schema of a file whose top is <paramref name="table"/>.</summary>
    public static string ForFile(KeyTable table, string title, string description)
    {
        var schema = new OptionSchema();
        var root = Header(title, description);
        foreach (var (key, value) in schema.Object(table.Keys))
        {
            root[key] = value?.DeepClone();
        }

        return schema.Finish(root);
    }

    /// <summary>The schema of a rule file: the common keys, and for each kind in <paramref name="kinds"/> its keys only.</summary>
    public static string ForRules(KeyTable table, IEnumerable<string> kinds, string title, string description)
    {
        var schema = new OptionSchema();
        var root = Header(title, description);
        root["type"] = "object";
        root["required"] = Names(table.Keys.Where(k => k.Required && k.Kinds is null));
        root["properties"] = schema.Properties(table.Keys.Where(k => k.Kinds is null));
        var branches = new JsonArray();
        foreach (var kind in kinds)
        {
            // The common keys are checked at the top; a branch only lets them through, beside its kind's own.
            var branch = schema.Object(table.Keys.Where(k => k.Kinds?.Contains(kind, StringComparer.Ordinal) == true));
            var properties = (JsonObject)branch["properties"]!;
            foreach (var (common, at) in table.Keys.Where(k => k.Kinds is null).Select((k, i) => (k.Name, i)))
            {
                properties.Insert(at, common, common == "extends" ? new JsonObject { ["enum"] = new JsonArray(JsonValue.Create(kind)) } : new JsonObject());
            }

            branches.Add((JsonNode)branch);
        }

        root["oneOf"] = branches;
        return schema.Finish(root);
    }

    private static JsonObject Header(string title, string description) => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["title"] = title,
        ["description"] = description,
    };

    private string Finish(JsonObject root)
    {
        if (_definitions.Count > 0)
        {
            root["definitions"] = _definitions;
        }

        return root.ToJsonString(Indented) + "\n";
    }

    private JsonObject Object(IEnumerable<OptionKey> keys)
    {
        var list = keys.ToList();
        var result = new JsonObject { ["type"] = "object", ["properties"] = Properties(list) };
        if (list.Any(k => k.Required))
        {
            result["required"] = Names(list.Where(k => k.Required));
        }

        result["additionalProperties"] = false;
        return result;
    }

    private JsonObject Properties(IEnumerable<OptionKey> keys)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key.Name] = Property(key);
        }

        return properties;
    }

    private JsonObject Property(OptionKey key)
    {
        var value = Value(key);
        value.Insert(0, "description", key.Description);
        if (key.Default is { } written)
        {
            value["default"] = key.Type switch
            {
                OptionType.Flag => JsonValue.Create(written == "true"),
                OptionType.Number => JsonValue.Create(int.Parse(written, System.Globalization.CultureInfo.InvariantCulture)),
                OptionType.List when written.StartsWith('[') => new JsonArray([.. written.Trim('[', ']').Split(", ").Select(v => JsonValue.Create(v))]),
                _ => JsonValue.Create(written),
            };
        }

        return value;
    }

    private JsonObject Value(OptionKey key) => key.Type switch
    {
        OptionType.Flag => new JsonObject { ["type"] = "boolean" },
        OptionType.Number => Number(key),
        OptionType.List => Either(Scalar(key), new JsonObject { ["type"] = "array", ["items"] = Scalar(key) }),
        OptionType.Pairs => new JsonObject { ["type"] = "object", ["additionalProperties"] = Scalar(key) },
        OptionType.Lists => new JsonObject { ["type"] = "object", ["additionalProperties"] = Either(Scalar(key), new JsonObject { ["type"] = "array", ["items"] = Scalar(key) }) },
        OptionType.Mapping => new JsonObject { ["allOf"] = new JsonArray(Reference(key.Items!)) },
        OptionType.Mappings => new JsonObject { ["type"] = "array", ["items"] = Reference(key.Items!) },
        OptionType.MappingOrMappings => Either(Reference(key.Items!), new JsonObject { ["type"] = "array", ["items"] = Reference(key.Items!) }),
        OptionType.TextsOrMappings => new JsonObject { ["type"] = "array", ["items"] = Either(new JsonObject { ["type"] = "string" }, Reference(key.Items!)) },
        _ => Scalar(key),
    };

    private static JsonObject Number(OptionKey key)
    {
        var number = new JsonObject { ["type"] = "integer" };
        if (key.Min is { } min)
        {
            number["minimum"] = min;
        }

        if (key.Max is { } max and < int.MaxValue)
        {
            number["maximum"] = max;
        }

        return number;
    }

    /// <summary>One value: one of the allowed values (with '~' before it, where it may be), or any text or number.</summary>
    private static JsonObject Scalar(OptionKey key)
    {
        if (key.Values is not { } values)
        {
            return new JsonObject { ["type"] = new JsonArray("string", "number") };
        }

        var allowed = key.Negatable ? values.Concat(values.Select(v => "~" + v)) : values;
        return new JsonObject { ["enum"] = new JsonArray([.. allowed.Select(v => JsonValue.Create(v))]) };
    }

    private static JsonObject Either(JsonObject one, JsonObject other) => new() { ["anyOf"] = new JsonArray(one, other) };

    private JsonObject Reference(KeyTable table)
    {
        var name = table.Name.Replace(' ', '-');
        if (!_definitions.ContainsKey(name))
        {
            _definitions[name] = new JsonObject();
            _definitions[name] = Object(table.Keys);
        }

        return new JsonObject { ["$ref"] = $"#/definitions/{name}" };
    }

    private static JsonArray Names(IEnumerable<OptionKey> keys) => new([.. keys.Select(k => k.Name).Distinct().Select(n => JsonValue.Create(n))]);
}
