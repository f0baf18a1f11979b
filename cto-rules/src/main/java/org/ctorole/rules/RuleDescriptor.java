package org.ctorole.rules;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.Responsibility;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.RoleCatalogue;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Section;

/**
 * What a rule checks and what its findings mean: the catalogue entry behind {@code cto rules}
 * and {@code cto explain}, and the metadata the assessor adds to each finding.
 *
 * <pre>{@code RuleBook.builtIn().rule("orphaned-knowledge").orElseThrow().recommendation()}</pre>
 *
 * @param id             stable kebab-case id
 * @param title          a short name
 * @param severity       the severity of its findings (the most severe, where it varies)
 * @param firesWhen      the condition, in words, with the default thresholds
 * @param subjectKind    what its subject identifies
 * @param reads          the profile sections it needs; when one is omitted the rule is not assessed
 * @param harms          the responsibility areas its findings harm (scores)
 * @param track          where its findings go in the action plan
 * @param recommendation what to do about a finding
 * @param source         the seed article and section it comes from
 */
public record RuleDescriptor(String id, String title, Severity severity, String firesWhen, SubjectKind subjectKind,
                             Set<Section> reads, List<ResponsibilityArea> harms, Track track, String recommendation,
                             Source source) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectKind, "subjectKind");
        reads = reads.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reads));
        harms = List.copyOf(harms);
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The areas a finding about {@code subject} harms: for a constituent, the areas of the duties
     * the CTO owes it (seed 001 §4); otherwise {@link #harms()}.
     */
    public List<ResponsibilityArea> harmsFor(String subject) {
        if (subjectKind == SubjectKind.CONSTITUENT) {
            for (Constituent c : Constituent.values()) {
                if (c.name().equals(subject)) {
                    return RoleCatalogue.standard().responsibilitiesOf(c).stream().map(Responsibility::area)
                            .distinct().sorted(Comparator.naturalOrder()).toList();
                }
            }
        }
        return harms;
    }
}
