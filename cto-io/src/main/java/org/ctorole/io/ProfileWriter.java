package org.ctorole.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * Writes an organisation profile as YAML or JSON in the layout of the normative example:
 * sections in the example's order, ISO dates, absent optional values left out (an omitted
 * section stays omitted, an empty one is written {@code []}), whole numbers without {@code .0},
 * default values ({@code engagement: FULL_TIME}, {@code architectureDiscussionsCut: false}) left
 * out. {@link ProfileReader} reads what it writes back to an equal profile. Thread-safe.
 * It writes what it is given: validate first if the profile may be invalid.
 *
 * <pre>{@code
 * ProfileWriter writer = ProfileWriter.standard();
 * String yaml = writer.toYaml(profile);
 * writer.write(profile, Path.of("acme.json"));   // JSON by extension
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ProfileWriter {

    private static final ProfileWriter STANDARD = new ProfileWriter();

    private final ObjectWriter yaml;
    private final ObjectWriter json;

    private ProfileWriter() {
        yaml = ProfileMapping.yamlMapper().writerFor(OrganisationProfile.class);
        // Same text on every platform: "\n" line ends, `"key": value` spacing.
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        json = ProfileMapping.jsonMapper().writerFor(OrganisationProfile.class).with(pretty);
    }

    /** The shared writer. */
    public static ProfileWriter standard() {
        return STANDARD;
    }

    /** The profile as a YAML document. */
    public String toYaml(OrganisationProfile profile) {
        return write(yaml, profile);
    }

    /** The profile as an indented JSON document, ending with a newline. */
    public String toJson(OrganisationProfile profile) {
        return write(json, profile) + "\n";
    }

    /**
     * Writes the profile to a file in UTF-8: JSON when the name ends with {@code .json}, else YAML.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(OrganisationProfile profile, Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String text = Format.ofFileName(name == null ? "" : name.toString()) == Format.JSON
                ? toJson(profile) : toYaml(profile);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String write(ObjectWriter writer, OrganisationProfile profile) {
        Objects.requireNonNull(profile, "profile");
        try {
            return writer.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            // Writing records to a string has no I/O; a failure here is a mapping bug.
            throw new IllegalStateException("cannot write profile: " + e.getOriginalMessage(), e);
        }
    }
}
