package org.ctorole.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.AssessmentPolicy;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads an {@link AssessmentPolicy} from a YAML (or JSON) file: keys are the policy's field
 * names, values override the defaults; keys left out keep them. An unknown key, a wrong type or
 * an out-of-range value is refused with its key and line.
 *
 * <pre>{@code
 * # strict.yaml
 * restoreTestMaxAgeDays: 30
 * lateJoinStages: [REVIEW, FEASIBILITY, IMPLEMENTATION, NEVER]
 *
 * AssessmentPolicy policy = PolicyReader.read(Path.of("strict.yaml"));
 * }</pre>
 */
public final class PolicyReader {
    private static final ObjectMapper MAPPER = mapper();

    private PolicyReader() {
    }

    private static ObjectMapper mapper() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(ProfileReader.MAX_ALIASES);
        options.setNestingDepthLimit(ProfileReader.MAX_NESTING_DEPTH);
        YAMLMapper m = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return m;
    }

    /** The policy of a file. */
    public static AssessmentPolicy read(Path file) {
        try {
            return read(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw invalid(file.toString(), List.of(Problem.at("", "file not found")));
        } catch (IOException e) {
            throw invalid(file.toString(), List.of(Problem.at("", "cannot read: " + e.getMessage())));
        }
    }

    /** The policy of a text; {@code source} names it in errors. */
    public static AssessmentPolicy read(String text, String source) {
        JsonNode root;
        Map<String, JsonLocation> where = new HashMap<>();
        try {
            root = MAPPER.readTree(text);
            locateKeys(text, where);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Problem p = Problem.at("", e.getOriginalMessage());
            throw invalid(source, List.of(l == null ? p : p.withLocation(
                    new Problem.Location(source, l.getLineNr(), l.getColumnNr()))));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return AssessmentPolicy.defaults();
        }
        if (!root.isObject()) {
            throw invalid(source, List.of(Problem.at("", "a policy is a mapping of threshold names to values")));
        }
        ObjectNode merged = MAPPER.valueToTree(AssessmentPolicy.defaults());
        List<Problem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!merged.has(e.getKey())) {
                problems.add(at(source, where, e.getKey(), "unknown key '" + e.getKey() + "' (known: "
                        + String.join(", ", iterable(merged.fieldNames())) + ")"));
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(source, problems);
        }
        try {
            return MAPPER.treeToValue(merged, AssessmentPolicy.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException range && range.getMessage() != null
                    && range.getMessage().contains(": ")) {
                String key = range.getMessage().substring(0, range.getMessage().indexOf(": "));
                throw invalid(source, List.of(at(source, where, key,
                        range.getMessage().substring(key.length() + 2))));
            }
            String key = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(0).getFieldName() : "";
            throw invalid(source, List.of(at(source, where, key == null ? "" : key, e.getOriginalMessage())));
        }
    }

    private static Problem at(String source, Map<String, JsonLocation> where, String key, String message) {
        Problem p = Problem.at(key, message);
        return Optional.ofNullable(where.get(key))
                .map(l -> p.withLocation(new Problem.Location(source, l.getLineNr(), l.getColumnNr())))
                .orElse(p);
    }

    /** Where each top-level key stands, for error messages. */
    private static void locateKeys(String text, Map<String, JsonLocation> where) throws JsonProcessingException {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    where.put(parser.currentName(), parser.currentTokenLocation());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException invalid(String source, List<Problem> problems) {
        return new InvalidInputException("policy " + source, problems);
    }

    private static Iterable<String> iterable(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
