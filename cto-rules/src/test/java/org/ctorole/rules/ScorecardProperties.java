package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Waiver;

/** Invariants of the scores over arbitrary sets of findings. */
class ScorecardProperties {

    @Provide
    Arbitrary<Finding> finding() {
        return Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'e').ofLength(2),
                Arbitraries.of(Severity.class),
                Arbitraries.of(ResponsibilityArea.class).set().ofMaxSize(4),
                Arbitraries.of(true, false, false, false))
                .as((id, severity, harms, waived) -> {
                    Finding f = new Finding(id, severity, Subject.of(SubjectKind.SYSTEM, "s"), null, "m", List.of(),
                            List.copyOf(harms), Track.RESILIENCE, "r", List.of(new Source("a work", "x")), null);
                    return waived ? f.waivedBy(new Waiver(id, "s", "accepted", LocalDate.of(2030, 1, 1))) : f;
                });
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        return finding().list().ofMaxSize(40);
    }

    @Property
    void everyScoreStaysWithinZeroAndHundred(@ForAll("findings") List<Finding> findings) {
        assertThat(Scorecard.of(findings).all()).allSatisfy(s -> assertThat(s.value().getAsDouble()).isBetween(0.0, 100.0));
    }

    @Property
    void anExtraFindingNeverRaisesAnyScore(@ForAll("findings") List<Finding> findings,
                                           @ForAll("finding") Finding extra) {
        List<Finding> more = new ArrayList<>(findings);
        more.add(extra);

        assertNoScoreRises(Scorecard.of(findings), Scorecard.of(more));
    }

    @Property
    void aMoreSevereFindingNeverRaisesAnyScore(@ForAll("findings") List<Finding> findings, @ForAll int which) {
        if (findings.isEmpty()) {
            return;
        }
        int i = Math.floorMod(which, findings.size());
        Finding f = findings.get(i);
        if (f.severity() == Severity.CRITICAL) {
            return;
        }
        Finding worse = new Finding(f.ruleId(), Severity.values()[f.severity().ordinal() - 1], f.subject(),
                f.conditions(), f.message(), f.evidence(), f.harms(), f.track(), f.recommendation(), f.sources(),
                f.waiver());
        List<Finding> changed = new ArrayList<>(findings);
        changed.set(i, worse);

        assertNoScoreRises(Scorecard.of(findings), Scorecard.of(changed));
    }

    @Property
    void aWaiverNeverLowersAScore(@ForAll("findings") List<Finding> findings, @ForAll int which) {
        if (findings.isEmpty()) {
            return;
        }
        int i = Math.floorMod(which, findings.size());
        List<Finding> waived = new ArrayList<>(findings);
        waived.set(i, findings.get(i).waivedBy(new Waiver(findings.get(i).ruleId(), "s", "ok",
                LocalDate.of(2030, 1, 1))));

        assertNoScoreRises(Scorecard.of(waived), Scorecard.of(findings));
    }

    @Property
    void scoresDoNotDependOnTheOrderOfFindings(@ForAll("findings") List<Finding> findings, @ForAll long seed) {
        List<Finding> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Scorecard.of(shuffled)).isEqualTo(Scorecard.of(findings));
    }

    private static void assertNoScoreRises(Scorecard before, Scorecard after) {
        List<Score> old = before.all();
        List<Score> now = after.all();
        for (int i = 0; i < old.size(); i++) {
            assertThat(now.get(i).value().getAsDouble()).as(now.get(i).id())
                    .isLessThanOrEqualTo(old.get(i).value().getAsDouble());
        }
    }
}
