package org.ctorole.model.catalogue;

import java.util.Objects;

/**
 * Where a catalogue entry comes from: a seed article and a section (or heading) inside it.
 *
 * <pre>{@code new Source("001_e42d2f951c31f78b.txt", "§1.2 Technical Evangelist").toString()
 * // "001_e42d2f951c31f78b.txt §1.2 Technical Evangelist"}</pre>
 *
 * @param seed    the seed file name, e.g. {@code 001_e42d2f951c31f78b.txt}
 * @param section the section number and heading, or a heading of the article
 */
public record Source(String seed, String section) {
    public Source {
        requireText(seed, "seed");
        requireText(section, "section");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** The seed file name followed by the section, for citations in messages and reports. */
    @Override
    public String toString() {
        return seed + " " + section;
    }
}
