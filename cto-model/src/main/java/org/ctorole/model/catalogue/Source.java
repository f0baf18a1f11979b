package org.ctorole.model.catalogue;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a catalogue entry or a rule comes from: a published work and a heading inside it,
 * written so that a reader can look it up. Most sources cite an {@link Article}; a custom rule
 * may cite any work.
 *
 * <pre>{@code
 * Article.TECH_LEADERS_LIKE_CEOS.at("The translation issue").toString()
 * // "Building tech leaders who think like CEOs (and deliver like operators)", The translation issue
 * }</pre>
 *
 * @param work    the work cited: title, and author, publisher and year where known
 * @param section the heading (or section number and heading) inside it
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Source(String work, String section) {
    public Source {
        requireText(work, "work");
        requireText(section, "section");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** The work, then the section: a citation for messages and reports. */
    @Override
    public String toString() {
        return work + ", " + section;
    }
}
