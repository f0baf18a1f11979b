package org.ctorole.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Section;

/**
 * What a merge did: per section how many items were added, updated, unchanged, in conflict or
 * kept as the profile had them; each change and conflict with its source; what the sources
 * skipped; notes; the sections still missing and the rules that will therefore not be assessed.
 *
 * <pre>{@code System.err.print(merged.summary().describe(false));}</pre>
 *
 * @param sources       {@code kind: file, file} per import
 * @param counts        per section the import touched
 * @param changes       items added and values filled in, in order
 * @param conflicts     values the profile and a source disagree on, in order
 * @param skipped       what the sources skipped, and owners not found among people
 * @param notes         what the reader should know
 * @param missing       sections the merged profile still omits
 * @param notAssessed   rules that read a missing section, so stay silent
 * @param provenance    where each item of the merged profile came from (imported items only)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MergeSummary(List<String> sources, Map<Section, Counts> counts, List<Change> changes,
                           List<Conflict> conflicts, List<Skipped> skipped, List<String> notes, List<Section> missing,
                           List<String> notAssessed, Map<ItemRef, List<Provenance>> provenance) {

    /**
     * How a section's items fared.
     *
     * @param added       new items
     * @param updated     items of the profile with values filled in or (preferring the sources) replaced
     * @param unchanged   items of the profile the sources agree with
     * @param conflicting items of the profile a source disagrees with (each conflict is listed)
     * @param kept        items of the profile the sources do not mention
     */
    public record Counts(int added, int updated, int unchanged, int conflicting, int kept) {
        @Override
        public String toString() {
            return added + " added, " + updated + " updated, " + unchanged + " unchanged, " + conflicting
                    + " in conflict, " + kept + " kept as the profile has them";
        }
    }

    public MergeSummary {
        sources = List.copyOf(sources);
        counts = Collections.unmodifiableMap(new EnumMap<>(counts.isEmpty() ? Map.of(Section.PEOPLE,
                new Counts(0, 0, 0, 0, 0)) : counts));
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        missing = List.copyOf(missing);
        notAssessed = List.copyOf(notAssessed);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** Whether the merge added or changed anything. */
    public boolean changedAnything() {
        return counts.values().stream().anyMatch(c -> c.added() > 0 || c.updated() > 0);
    }

    /**
     * The summary as text for a person: counts, conflicts, skipped items by reason, notes and what
     * is still missing; verbose adds every change and every skipped item with its place.
     */
    public String describe(boolean verbose) {
        StringBuilder b = new StringBuilder();
        sources.forEach(s -> b.append("imported ").append(s).append('\n'));
        counts.forEach((section, c) -> b.append("  ").append(section.key()).append(": ").append(c).append('\n'));
        if (verbose && !changes.isEmpty()) {
            b.append("changes:\n");
            changes.forEach(c -> b.append("  ").append(c).append('\n'));
        }
        if (!conflicts.isEmpty()) {
            b.append(conflicts.size()).append(conflicts.size() == 1 ? " conflict" : " conflicts")
                    .append(conflicts.stream().anyMatch(Conflict::importTaken)
                            ? " (the sources' values taken: --prefer-import):\n"
                            : " (the profile's values kept; --prefer-import takes the sources'):\n");
            conflicts.forEach(c -> b.append("  ").append(c.item()).append(' ').append(c.field())
                    .append(": the profile says ").append(c.profileValue()).append(", ").append(c.from())
                    .append(" says ").append(c.importValue()).append('\n'));
        }
        if (!skipped.isEmpty()) {
            Map<String, Integer> byReason = new LinkedHashMap<>();
            skipped.forEach(s -> byReason.merge(reasonGroup(s.reason()), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            byReason.forEach((reason, n) -> parts.add(n + " " + reason));
            b.append("skipped ").append(skipped.size()).append(": ").append(String.join("; ", parts))
                    .append(verbose ? "\n" : " (--verbose lists them)\n");
            if (verbose) {
                skipped.forEach(s -> b.append("  ").append(s).append('\n'));
            }
        }
        notes.forEach(n -> b.append("note: ").append(n).append('\n'));
        if (missing.isEmpty()) {
            b.append("every section is present\n");
        } else {
            b.append("still missing: ").append(String.join(", ", missing.stream().map(Section::key).toList()))
                    .append('\n');
            if (!notAssessed.isEmpty()) {
                b.append("  so ").append(notAssessed.size()).append(notAssessed.size() == 1 ? " rule" : " rules")
                        .append(" will not be assessed: ").append(String.join(", ", notAssessed)).append('\n');
            }
        }
        return b.toString();
    }

    /** A reason without the details in parentheses, to count similar items together. */
    private static String reasonGroup(String reason) {
        int paren = reason.indexOf(" (");
        int colon = reason.indexOf(": ");
        int cut = paren < 0 ? colon : colon < 0 ? paren : Math.min(paren, colon);
        return cut < 0 ? reason : reason.substring(0, cut);
    }
}
