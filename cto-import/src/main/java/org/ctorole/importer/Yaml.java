package org.ctorole.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.Optional;
import org.ctorole.model.validation.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The parsers of the structured sources (mapping files, Backstage catalogs, SCIM exports), with limits. */
final class Yaml {
    /** Largest YAML document read, in code points (a catalog of thousands of entities fits). */
    static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_ALIASES = 50;

    private static final YAMLFactory YAML = create();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private Yaml() {
    }

    private static YAMLFactory create() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setCodePointLimit(MAX_YAML_CODE_POINTS);
        loader.setAllowDuplicateKeys(true); // LocatedTree reports every duplicate with its line
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                // YAML 1.2 booleans only: "yes" and "no" stay text.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    }

    static YAMLFactory factory() {
        return YAML;
    }

    static JsonFactory json() {
        return JSON;
    }

    /** A syntax error at its line and column, in one line of text. */
    static Problem syntaxProblem(String source, JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                return new Problem("", "not valid YAML: " + firstLine(yaml.getProblem()), Optional.of(
                        new Problem.Location(source, yaml.getProblemMark().getLine() + 1,
                                yaml.getProblemMark().getColumn() + 1)));
            }
        }
        JsonLocation at = e.getLocation();
        String message = firstLine(e.getOriginalMessage());
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        return new Problem("", "not valid " + (e.getProcessor() instanceof YAMLParser ? "YAML" : "JSON") + ": "
                + message, Optional.of(new Problem.Location(source, line, column)));
    }

    static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
