package org.ctorole.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.profile.Stage;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.StagePolicy;
import org.ctorole.rules.Threshold;

/**
 * Reads a policy from a YAML (or JSON) file: keys are the policy's field names, values override
 * the thresholds they name; keys left out keep theirs; an empty file changes nothing.
 * {@link #readStaged} applies the file to every stage's preset ({@link StagePolicy}), and reads
 * sections named after a stage ({@code STARTUP:}, {@code SCALEUP:}, {@code ENTERPRISE:}) that
 * change that stage only; {@link #read} gives the one policy of profiles without a stage (the
 * defaults with the file's values), and refuses stage sections. Read as strictly as a profile:
 * every problem at once, each with its file, line and column (syntax, duplicate keys, unknown
 * keys, wrong types, unknown values, values out of their range such as an {@code indicatorTarget}
 * off the 1–5 scale of the performance indicators), in plain words; the same size limit, bounded
 * reading and refusal of devices and pipes.
 *
 * <pre>{@code
 * # strict.yaml
 * restoreTestMaxAgeDays: 30
 * lateJoinStages: [REVIEW, FEASIBILITY, IMPLEMENTATION, NEVER]
 * STARTUP:
 *   maxHandsOnPercent: 60
 *
 * StagePolicy policy = PolicyReader.readStaged(Path.of("strict.yaml"));   // or InvalidInputException
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PolicyReader {
    private static final JsonFactory YAML = ProfileMapping.yamlFactory();
    private static final JsonFactory JSON = ProfileMapping.jsonFactory();
    /** The policy's fields by name, in declaration order. */
    private static final Map<String, RecordComponent> FIELDS = Arrays.stream(
                    AssessmentPolicy.class.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new));
    private static final Constructor<AssessmentPolicy> CONSTRUCTOR = canonicalConstructor();

    private PolicyReader() {
    }

    /**
     * The policy of a file for profiles without a stage: the defaults with the file's values.
     *
     * @throws UnreadableInputException when the file cannot be read
     * @throws InvalidInputException    listing every problem of what was read
     */
    public static AssessmentPolicy read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return read(TextInput.read(file, ProfileReader.MAX_DOCUMENT_CHARS), file.toString());
        } catch (TextInput.Unreadable e) {
            throw invalid(file.toString(), List.of(e.problem()));
        }
    }

    /**
     * The stage presets with a file's values: its top-level keys for every stage, its stage
     * sections for their stage.
     *
     * @throws UnreadableInputException when the file cannot be read
     * @throws InvalidInputException    listing every problem of what was read
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static StagePolicy readStaged(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return readStaged(TextInput.read(file, ProfileReader.MAX_DOCUMENT_CHARS), file.toString());
        } catch (TextInput.Unreadable e) {
            throw invalid(file.toString(), List.of(e.problem()));
        }
    }

    /** The stage presets with a text's values; {@code source} names it in errors ({@code .json} reads it as JSON). */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static StagePolicy readStaged(String text, String source) {
        Parsed parsed = parse(text, source);
        List<RawProblem> problems = new ArrayList<>(parsed.problems());
        StagePolicy policy = StagePolicy.presets();
        if (problems.isEmpty()) {
            try {
                policy = policy.overriding(parsed.values());
            } catch (IllegalArgumentException e) {
                problems.add(rangeProblem(parsed.values(), e, ""));
            }
            for (Map.Entry<Stage, Map<String, Object>> stage : parsed.stages().entrySet()) {
                try {
                    policy = policy.overriding(stage.getKey(), stage.getValue());
                } catch (IllegalArgumentException e) {
                    problems.add(rangeProblem(stage.getValue(), e, stage.getKey() + "."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(parsed.name(), parsed.index().located(problems, parsed.name()));
        }
        return policy;
    }

    /**
     * The policy of a stream, read up to the size limit and not closed; {@code source} names it in errors.
     *
     * @throws UnreadableInputException when reading the stream fails
     * @throws InvalidInputException    listing every problem of what was read
     */
    public static AssessmentPolicy read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        try {
            return read(TextInput.read(in, source, ProfileReader.MAX_DOCUMENT_CHARS), source);
        } catch (TextInput.Unreadable e) {
            throw invalid(source, List.of(e.problem()));
        }
    }

    /** The policy of a text; {@code source} names it in errors ({@code .json} reads it as JSON). */
    public static AssessmentPolicy read(String text, String source) {
        Parsed parsed = parse(text, source);
        List<RawProblem> problems = new ArrayList<>(parsed.problems());
        for (Stage stage : parsed.stages().keySet()) {
            problems.add(RawProblem.byPath(stage.name(), "a section for one stage is read with the stage presets"
                    + " (PolicyReader.readStaged, as the cto command does); this policy is for profiles without a"
                    + " stage"));
        }
        if (problems.isEmpty()) {
            if (parsed.values().isEmpty()) {
                return AssessmentPolicy.defaults();
            }
            try {
                return build(parsed.values());
            } catch (IllegalArgumentException e) {
                problems.add(rangeProblem(parsed.values(), e, ""));
            }
        }
        throw invalid(parsed.name(), parsed.index().located(problems, parsed.name()));
    }

    /** What a policy text says: the values for every stage, the sections of single stages, and its problems. */
    private record Parsed(String name, Map<String, Object> values, Map<Stage, Map<String, Object>> stages,
                          List<RawProblem> problems, SourceIndex index) {
    }

    private static Parsed parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        String name = source == null ? "<policy>" : source;
        if (text.length() > ProfileReader.MAX_DOCUMENT_CHARS) {
            throw invalid(name, List.of(Problem.at("", "the document is too large (" + text.length()
                    + " characters, the limit is " + ProfileReader.MAX_DOCUMENT_CHARS + ")")
                    .withLocation(new Problem.Location(name, 1, 1))));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonFactory factory = Format.of(name, body) == Format.JSON ? JSON : YAML;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<Stage, Map<String, Object>> stages = new EnumMap<>(Stage.class);
        List<RawProblem> problems = new ArrayList<>();
        SourceIndex index;
        boolean empty = false;
        try (IndexingParser parser = new IndexingParser(factory.createParser(body), body)) {
            try {
                JsonToken first = parser.nextToken();
                empty = first == null || first == JsonToken.VALUE_NULL;
                if (first == JsonToken.START_OBJECT) {
                    readFields(parser, "", values, stages, problems);
                } else if (!empty) {
                    problems.add(RawProblem.byPath("", "a policy is a mapping of threshold names to values, got "
                            + ReadSession.describe(parser)));
                    parser.skipChildren();
                }
            } catch (IOException e) {
                // The text's own problem, recorded by the parser.
            }
            index = parser.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no I/O: the text is in memory
        }
        if (index.fatal()) {
            throw invalid(name, index.located(index.problems(), name));
        }
        problems.addAll(index.problems());
        problems.addAll(rangeProblems(values, ""));
        stages.forEach((stage, stageValues) -> problems.addAll(rangeProblems(stageValues, stage + ".")));
        return new Parsed(name, values, stages, problems, index);
    }

    /** Reads the keys of a mapping; at the top ({@code prefix} empty) a stage's name opens that stage's section. */
    private static void readFields(JsonParser parser, String prefix, Map<String, Object> values,
                                   Map<Stage, Map<String, Object>> stages, List<RawProblem> problems)
            throws IOException {
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            Stage stage = prefix.isEmpty() ? stage(key) : null;
            if (stage != null) {
                if (valueToken == JsonToken.START_OBJECT) {
                    readFields(parser, key + ".", stages.computeIfAbsent(stage, s -> new LinkedHashMap<>()), stages,
                            problems);
                } else {
                    problems.add(RawProblem.byPath(key, "a stage's section is a mapping of threshold names to"
                            + " values, got " + ReadSession.describe(parser)));
                    parser.skipChildren();
                }
                continue;
            }
            RecordComponent field = FIELDS.get(key);
            if (field == null) {
                problems.add(RawProblem.byPath(prefix + key, "unknown key '" + ReadSession.shorten(key) + "' (known: "
                        + String.join(", ", FIELDS.keySet()) + (prefix.isEmpty() ? "; and a section per stage: "
                        + STAGE_NAMES : "") + ")"));
                parser.skipChildren();
                continue;
            }
            Object value = value(parser, prefix + key, field.getGenericType(), problems);
            if (value != null) {
                values.put(key, value);
            }
        }
    }

    private static final String STAGE_NAMES = String.join(", ",
            Arrays.stream(Stage.values()).map(Enum::name).toList());

    private static Stage stage(String key) {
        for (Stage s : Stage.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** The value under the parser as {@code type}, or {@code null} with a problem recorded. */
    private static Object value(JsonParser parser, String path, Type type, List<RawProblem> problems)
            throws IOException {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        JsonToken t = parser.currentToken();
        Object value = null;
        String expected;
        if (raw == int.class) {
            expected = "a whole number";
            if (t == JsonToken.VALUE_NUMBER_INT) {
                if (parser.getNumberType() == JsonParser.NumberType.INT) {
                    value = parser.getIntValue();
                } else {
                    expected = "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
                }
            }
        } else if (raw == double.class) {
            expected = "a number";
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                value = finite(parser);
            }
        } else if (raw == boolean.class) {
            expected = "true or false";
            value = t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        } else if (raw == String.class) {
            expected = "a string";
            value = t == JsonToken.VALUE_STRING ? parser.getText() : null;
        } else if (raw.isEnum()) {
            expected = StrictScalars.oneOf(raw);
            if (t == JsonToken.VALUE_STRING) {
                value = constant(raw, parser.getText());
                if (value == null) {
                    problems.add(RawProblem.byPath(path, "unknown value '" + ReadSession.shorten(parser.getText())
                            + "' (expected " + expected + ")"));
                    return null;
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            expected = "a list of " + StrictScalars.oneOf(element).replaceFirst("^one of ", "");
            if (t == JsonToken.START_ARRAY) {
                return enumList(parser, path, element, problems);
            }
        } else {
            throw new IllegalStateException("AssessmentPolicy." + path + ": no reader for " + type);
        }
        if (value == null) {
            problems.add(RawProblem.byPath(path, "expected " + expected + ", got " + ReadSession.describe(parser)));
            parser.skipChildren();
        }
        return value;
    }

    private static Object finite(JsonParser parser) throws IOException {
        try {
            double d = parser.getDoubleValue();
            return Double.isFinite(d) ? d : null;
        } catch (JsonProcessingException e) {
            return null; // YAML's .nan and .inf look like numbers to the parser
        }
    }

    /** The items of a list of enum values, every unknown one reported at its place; null if any. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumList(JsonParser parser, String path, Class<?> element, List<RawProblem> problems)
            throws IOException {
        EnumSet set = EnumSet.noneOf((Class<Enum>) element);
        boolean complete = true;
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken(), i++) {
            Object item = value(parser, path + "[" + i + "]", element, problems);
            if (item == null) {
                complete = false;
            } else {
                set.add(item);
            }
        }
        return complete ? set : null;
    }

    private static Object constant(Class<?> type, String name) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Each value's range, checked on its own, so that every bad value is reported; values that
     * contradict each other (a minimum above its maximum) are found when a policy is built.
     */
    private static List<RawProblem> rangeProblems(Map<String, Object> values, String prefix) {
        List<RawProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Threshold.byKey(e.getKey()).flatMap(t -> t.outOfRange(e.getValue()))
                    .ifPresent(problem -> problems.add(RawProblem.byPath(prefix + e.getKey(), problem)));
        }
        return problems;
    }

    /** A problem between values (a minimum above its maximum), placed at the first key it names. */
    private static RawProblem rangeProblem(Map<String, Object> values, IllegalArgumentException e, String prefix) {
        String message = String.valueOf(e.getMessage());
        String key = values.keySet().stream().filter(k -> message.startsWith(k + ": ")).findFirst()
                .or(() -> values.keySet().stream().filter(message::contains).findFirst()).orElse("");
        String own = key + ": ";
        return RawProblem.byPath(key.isEmpty() ? prefix.replaceAll("\\.$", "") : prefix + key,
                !key.isEmpty() && message.startsWith(own) ? message.substring(own.length()) : message);
    }

    /** The default policy with {@code values} in place of its own. */
    private static AssessmentPolicy build(Map<String, Object> values) {
        AssessmentPolicy defaults = AssessmentPolicy.defaults();
        Object[] arguments = new Object[FIELDS.size()];
        int i = 0;
        try {
            for (RecordComponent field : FIELDS.values()) {
                Object value = values.get(field.getName());
                arguments[i++] = value != null ? value : field.getAccessor().invoke(defaults);
            }
            return CONSTRUCTOR.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw refused;
            }
            throw new IllegalStateException("cannot build the policy", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the policy", e);
        }
    }

    private static Constructor<AssessmentPolicy> canonicalConstructor() {
        Class<?>[] types = FIELDS.values().stream().map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return AssessmentPolicy.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }

    private static InvalidInputException invalid(String source, List<Problem> problems) {
        return new InvalidInputException("policy " + source, problems);
    }
}
