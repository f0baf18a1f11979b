package org.ctorole.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readable person ids for imported people (findings name people by id): the local part of the
 * e-mail address, else the name, else the source's own id, in lower case without accents; made
 * unique within one import by {@code -2}, {@code -3}, ... in source order.
 */
final class Ids {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[-._]+|[-._]+$");

    private final Set<String> taken = new HashSet<>();

    /** The first of the candidates that gives a non-empty slug, made unique. */
    String assign(String... candidates) {
        String base = "person";
        for (String c : candidates) {
            String s = slug(c);
            if (!s.isEmpty()) {
                base = s;
                break;
            }
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Names compare ignoring case and repeated spaces. */
    static String nameKey(String name) {
        String s = name.strip();
        return (s.contains("  ") || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0
                ? WHITESPACE.matcher(s).replaceAll(" ") : s).toLowerCase(Locale.ROOT);
    }

    /** The local part of an e-mail address, or {@code null}. */
    static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : null;
    }

    private static boolean isPlain(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean inner = (c == '.' || c == '_' || c == '-') && i > 0 && i < s.length() - 1;
            if (!word && !inner) {
                return false;
            }
        }
        return true;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (isPlain(lower)) {
            return lower; // the common case: already a slug, no regex or normalisation needed
        }
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l");
        return EDGES.matcher(OTHER.matcher(plain.strip()).replaceAll("-")).replaceAll("");
    }
}
