package org.ctorole.io;

import java.util.Locale;

/** The two text formats of a profile. JSON is chosen by extension or, failing that, by a leading brace. */
enum Format {
    YAML,
    JSON;

    static Format of(String sourceName, String content) {
        String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' ? JSON : YAML;
            }
        }
        return YAML;
    }

    /** The format a file is written in, by its extension (YAML unless {@code .json}). */
    static Format ofFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
