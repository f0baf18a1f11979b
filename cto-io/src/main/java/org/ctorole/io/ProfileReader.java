package org.ctorole.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.validation.ProfileValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an organisation profile from YAML or JSON (schema {@code cto-profile/1}). A profile with
 * any problem is refused as a whole: the {@link InvalidProfileException} lists <em>every</em>
 * problem found (syntax, duplicate keys, unknown fields and values, wrong types, then the
 * {@link ProfileValidator}'s), each with its path and its file, line and column, in file order.
 * Thread-safe and reusable: build it once.
 *
 * <pre>{@code
 * ProfileReader reader = ProfileReader.standard();
 * try {
 *     OrganisationProfile profile = reader.read(Path.of("northwind.yaml"));
 * } catch (UnreadableInputException e) {
 *     System.err.println(e.getMessage());      // cannot read 'northwind.yaml': no such file
 * } catch (InvalidProfileException e) {
 *     e.problems().forEach(System.err::println); // northwind.yaml:42:7: people[3].reportsTo: unknown person 'zed'
 * }
 * }</pre>
 *
 * <p>Strict by design: unknown fields are errors, no value is coerced ({@code "12"} is not a
 * number, {@code yes} is not {@code true}), dates are {@code yyyy-MM-dd}, a key may appear once
 * per object. YAML aliases are refused (they would be read as the anchor's name), as are
 * documents larger than {@link #MAX_DOCUMENT_CHARS} or nested deeper than {@link #MAX_NESTING_DEPTH}.
 *
 * <p>Input is not trusted: a path must name a regular file (a directory, a device such as
 * {@code /dev/zero}, a FIFO or a socket is refused before it is opened, so nothing blocks), a file
 * or stream is read through a bounded stream whatever size it claims, text must be UTF-8 (a bad
 * byte is reported with its line and column), and a YAML document is scanned in linear time.
 * Every message that echoes the input has its control and bidirectional characters escaped.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ProfileReader {

    /**
     * Largest document read (10 MiB): bytes of a file or stream, characters of a text. Larger ones
     * are refused before parsing, and a file or stream is not read beyond it.
     */
    public static final int MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;
    /** Deepest nesting of objects and lists accepted; a profile needs about five levels. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Most YAML aliases SnakeYAML may expand; beyond it a document is taken for an alias bomb. */
    public static final int MAX_ALIASES = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ProfileReader.class);
    private static final ProfileReader STANDARD = new ProfileReader();

    private final JsonFactory yamlFactory;
    private final JsonFactory jsonFactory;
    private final ObjectReader yamlReader;
    private final ObjectReader jsonReader;
    private final Function<OrganisationProfile, List<Problem>> check;

    private ProfileReader() {
        ObjectMapper yaml = ProfileMapping.yamlMapper();
        ObjectMapper json = ProfileMapping.jsonMapper();
        yamlFactory = yaml.getFactory();
        jsonFactory = json.getFactory();
        yamlReader = yaml.readerFor(OrganisationProfile.class);
        jsonReader = json.readerFor(OrganisationProfile.class);
        check = ProfileValidator::validate;
    }

    private ProfileReader(ProfileReader base, Function<OrganisationProfile, List<Problem>> check) {
        yamlFactory = base.yamlFactory;
        jsonFactory = base.jsonFactory;
        yamlReader = base.yamlReader;
        jsonReader = base.jsonReader;
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * This reader, checking each profile it reads with {@code check} instead of the plain
     * {@link ProfileValidator}: the problems found are located in the file like the reader's own.
     * An assessor's {@code problems} method makes the reader check all that assessing would.
     *
     * <pre>{@code ProfileReader.standard().checking(assessor::problems).read(file)}</pre>
     */
    public ProfileReader checking(Function<OrganisationProfile, List<Problem>> check) {
        return new ProfileReader(this, check);
    }

    /** The shared reader with the standard limits. */
    public static ProfileReader standard() {
        return STANDARD;
    }

    /**
     * Reads and validates a profile file; {@code .json} files are JSON, others YAML.
     *
     * @throws UnreadableInputException when the file cannot be read (missing, not allowed, a directory, ...)
     * @throws InvalidProfileException  listing every problem of what was read
     */
    public OrganisationProfile read(Path file) {
        return readFile(file, true);
    }

    /**
     * Reads and validates a profile given as text.
     *
     * @param sourceName the name problems are located in, e.g. the file name; {@code .json} selects JSON
     * @throws InvalidProfileException listing every problem
     */
    public OrganisationProfile read(String content, String sourceName) {
        return readText(content, sourceName, true);
    }

    /**
     * Reads a profile file without running the {@link ProfileValidator}: the text must still be
     * well-formed and every field known and of the right type, but references, ranges and
     * required values inside sections are not checked.
     *
     * @throws UnreadableInputException when the file cannot be read
     * @throws InvalidProfileException  listing every problem of what was read
     */
    public OrganisationProfile readUnvalidated(Path file) {
        return readFile(file, false);
    }

    /** Reads a profile given as text without running the {@link ProfileValidator}. */
    public OrganisationProfile readUnvalidated(String content, String sourceName) {
        return readText(content, sourceName, false);
    }

    /**
     * Reads and validates a profile from a stream, such as standard input, reading at most
     * {@link #MAX_DOCUMENT_CHARS} bytes of it (a longer input is refused without reading the
     * rest). The stream is not closed.
     *
     * @param sourceName the name problems are located in, e.g. {@code <stdin>}; {@code .json} selects
     *                   JSON, otherwise a leading brace does
     * @throws UnreadableInputException when reading the stream fails
     * @throws InvalidProfileException  listing every problem of what was read
     */
    public OrganisationProfile read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        String source = sourceName == null ? "<input>" : sourceName;
        try {
            return readText(TextInput.read(in, source, MAX_DOCUMENT_CHARS), source, true);
        } catch (TextInput.Unreadable e) {
            throw new InvalidProfileException(List.of(e.problem()));
        }
    }

    /**
     * Reads and checks a profile file as {@link #read(Path)} does, keeping where each value stands
     * in it (for reports that point at lines, such as SARIF).
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public LocatedProfile readLocated(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return readIndexed(TextInput.read(file, MAX_DOCUMENT_CHARS), file.toString(), true);
        } catch (TextInput.Unreadable e) {
            throw new InvalidProfileException(List.of(e.problem()));
        }
    }

    /** As {@link #readLocated(Path)}, from a stream (at most {@link #MAX_DOCUMENT_CHARS} bytes; not closed). */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public LocatedProfile readLocated(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        String source = sourceName == null ? "<input>" : sourceName;
        try {
            return readIndexed(TextInput.read(in, source, MAX_DOCUMENT_CHARS), source, true);
        } catch (TextInput.Unreadable e) {
            throw new InvalidProfileException(List.of(e.problem()));
        }
    }

    private OrganisationProfile readFile(Path file, boolean validate) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            return readText(TextInput.read(file, MAX_DOCUMENT_CHARS), source, validate);
        } catch (TextInput.Unreadable e) {
            throw new InvalidProfileException(List.of(e.problem()));
        }
    }

    private OrganisationProfile readText(String content, String sourceName, boolean validate) {
        return readIndexed(content, sourceName, validate).profile();
    }

    private LocatedProfile readIndexed(String content, String sourceName, boolean validate) {
        Objects.requireNonNull(content, "content");
        String source = sourceName == null ? "<input>" : sourceName;
        if (content.length() > MAX_DOCUMENT_CHARS) {
            throw new InvalidProfileException(List.of(new Problem("", "the document is too large ("
                    + content.length() + " characters, the limit is " + MAX_DOCUMENT_CHARS + ")",
                    Optional.of(new Problem.Location(source, 1, 1)))));
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Format format = Format.of(source, text);
        JsonFactory factory = format == Format.JSON ? jsonFactory : yamlFactory;

        ReadSession session = new ReadSession();
        OrganisationProfile profile = null;
        SourceIndex index;
        try (IndexingParser parser = new IndexingParser(factory.createParser(text), text)) {
            profile = map(parser, (format == Format.JSON ? jsonReader : yamlReader)
                    .withAttribute(ReadSession.KEY, session), session);
            index = parser.finish();
        } catch (IOException e) {
            // Creating or closing a parser over a string does no I/O.
            throw new UncheckedIOException(e);
        }
        List<RawProblem> problems = new ArrayList<>(index.problems());
        if (!index.fatal()) {
            problems.addAll(session.problems());
            if (profile != null && index.rootIsObject()) {
                problems.addAll(documentProblems(index));
                if (validate) {
                    problems.addAll(validatorProblems(profile, problems));
                }
            } else if (profile == null && problems.isEmpty()) {
                problems.add(RawProblem.byPath("", "expected an object, got null"));
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> located = index.located(problems, source);
            LOG.debug("{}: {} problem(s)", source, located.size());
            throw new InvalidProfileException(located);
        }
        return new LocatedProfile(profile, new ProfileLocations(index, source));
    }

    /**
     * Maps the document while the parser indexes it. What the mapping cannot absorb is recorded
     * where it happened, unless the text itself failed (its problem is then the one that counts).
     */
    private static OrganisationProfile map(IndexingParser parser, ObjectReader reader, ReadSession session) {
        try {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                JsonLocation at = parser.currentTokenLocation();
                parser.refuse(first == null ? new RawProblem("", "the document is empty", 1, 1)
                        : new RawProblem("", "the document is empty", at.getLineNr(), at.getColumnNr()));
                return null;
            }
            return reader.readValue(parser);
        } catch (JsonMappingException e) {
            if (!parser.failed()) {
                session.add(pathOf(e), MappingFailures.describe(e));
            }
        } catch (IOException e) {
            if (!parser.failed()) {
                session.add("", SourceIndex.shortMessage(e));
            }
        }
        return null;
    }

    /** What the records cannot tell: missing top-level keys and sections written as null. */
    private static List<RawProblem> documentProblems(SourceIndex index) {
        List<RawProblem> problems = new ArrayList<>();
        if (!index.hasTopLevelKey("schema") || index.isTopLevelNull("schema")) {
            problems.add(RawProblem.byPath("schema", "missing required value"));
        }
        if (!index.hasTopLevelKey(Section.PEOPLE.key()) || index.isTopLevelNull(Section.PEOPLE.key())) {
            problems.add(RawProblem.byPath(Section.PEOPLE.key(), "missing required section"));
        }
        for (Section section : Section.values()) {
            if (section == Section.ORGANISATION || section == Section.PEOPLE || !index.isTopLevelNull(section.key())) {
                continue;
            }
            // An empty section would silently read as "not assessed", which is not what `systems:` suggests.
            problems.add(RawProblem.byPath(section.key(), section == Section.CTO || section == Section.SECURITY
                    ? "empty section: fill it in, or leave the section out"
                    : "empty section: write [] for none, or leave the section out"));
        }
        return problems;
    }

    /**
     * The validator's problems, less those that only echo a read problem: about a value reported
     * unreadable or inside one, or about a whole that includes a lost value (a sum over an
     * unreadable part).
     */
    private List<RawProblem> validatorProblems(OrganisationProfile profile, List<RawProblem> readProblems) {
        List<RawProblem> problems = new ArrayList<>();
        for (Problem v : check.apply(profile)) {
            boolean echo = readProblems.stream().anyMatch(r -> !r.path().isEmpty()
                    && (within(v.path(), r.path()) || r.valueLost() && within(r.path(), v.path())));
            if (!echo) {
                problems.add(RawProblem.byPath(v.path(), v.message()));
            }
        }
        return problems;
    }

    /** Whether {@code path} is {@code ancestor} or lies inside it. */
    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor)
                && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
